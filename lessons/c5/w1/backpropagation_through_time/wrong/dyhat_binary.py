
def grad_y_hat(y_hat, y):
    return -y / y_hat + (1 - y) / (1 - y_hat)
