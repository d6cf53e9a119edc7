
def grad_y_hat(y_hat, y):
    return y / y_hat
