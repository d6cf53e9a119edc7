
def best_by_f1(Y_hats, Y):
    scores = [precision_recall(Y_hat, Y)[0] for Y_hat in Y_hats]
    return int(np.argmax(scores))
