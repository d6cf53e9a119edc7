def multitask_cost(A, Y):
    m = Y.shape[1]
    mask = label_mask(Y)
    Y0 = np.where(mask, Y, 0)
    return float(-np.sum(Y0 * np.log(A)) / m)
