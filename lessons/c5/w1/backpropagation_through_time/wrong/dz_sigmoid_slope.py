
def grad_scores(y_hat, y):
    return (y_hat - y) * y_hat * (1 - y_hat)
