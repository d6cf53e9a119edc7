def multitask_cost(A, Y):
    mask = label_mask(Y)
    Y0 = np.where(mask, Y, 0)
    losses = -(Y0 * np.log(A) + (1 - Y0) * np.log(1 - A))
    return float(np.mean(np.where(mask, losses, 0)))
