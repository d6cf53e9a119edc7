def multitask_loss(Y_hat, Y):
    m = Y.shape[1]
    y = np.nan_to_num(Y)
    cost = -np.sum(y * np.log(Y_hat) + (1 - y) * np.log(1 - Y_hat)) / m
    return float(cost)
