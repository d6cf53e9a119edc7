
def grad_scores(y_hat, y):
    return y - y_hat
