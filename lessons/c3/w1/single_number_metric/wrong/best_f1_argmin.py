
def best_by_f1(Y_hats, Y):
    scores = [f1_score(*precision_recall(Y_hat, Y)) for Y_hat in Y_hats]
    return int(np.argmin(scores))
