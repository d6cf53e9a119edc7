
def dropout_backward(dA, D, keep_prob):
    new_mask = np.random.rand(dA.shape[0], dA.shape[1]) < keep_prob
    return dA * new_mask / keep_prob
