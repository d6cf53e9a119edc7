
def grad_y_hat(y_hat, y):
    return -1 / y_hat
