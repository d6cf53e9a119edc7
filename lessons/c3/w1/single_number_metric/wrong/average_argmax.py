
def best_by_average_error(errors):
    return int(np.argmax(np.mean(errors, axis=1)))
