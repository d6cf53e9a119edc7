
def precision_recall(Y_hat, Y):
    true_positives = np.sum((Y_hat == 1) & (Y == 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = float(true_positives / np.sum(Y_hat == 1))
        recall = float(true_positives / np.sum(Y == 1))
    return (precision, recall)
