
def majority_baseline_error(Y_train, Y_dev):
    majority = np.bincount(Y_dev[0]).argmax()
    return float(np.mean(Y_dev != majority))
