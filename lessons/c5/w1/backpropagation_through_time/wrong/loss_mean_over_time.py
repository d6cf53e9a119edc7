
def sequence_loss(y_hat, y):
    return float(np.mean(step_losses(y_hat, y)))
