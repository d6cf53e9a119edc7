
def majority_baseline_error(Y_train, Y_dev):
    majority = int(np.round(np.mean(Y_train)))
    return float(np.mean(Y_dev != majority))
