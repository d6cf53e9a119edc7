
def best_by_average_error(errors):
    return int(np.argmin(np.min(errors, axis=1)))
