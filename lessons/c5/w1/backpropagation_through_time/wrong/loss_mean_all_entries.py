
def sequence_loss(y_hat, y):
    return float(np.mean(-y * np.log(y_hat)))
