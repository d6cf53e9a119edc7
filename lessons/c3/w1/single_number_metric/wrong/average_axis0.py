
def best_by_average_error(errors):
    return int(np.argmin(np.mean(errors, axis=0)))
