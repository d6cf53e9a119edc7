
def precision_recall(Y_hat, Y):
    true_positives = np.sum((Y_hat == 1) & (Y == 1))
    predicted_positives = np.sum(Y_hat == 1)
    actual_positives = np.sum(Y == 1)
    recall = float(true_positives / predicted_positives) if predicted_positives > 0 else 0.0
    precision = float(true_positives / actual_positives) if actual_positives > 0 else 0.0
    return (precision, recall)
