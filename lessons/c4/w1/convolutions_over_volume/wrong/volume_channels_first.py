
def conv_volume(A_prev, W):
    outputs = []
    for i in range(A_prev.shape[0]):
        outputs.append(np.stack([conv_single_filter(A_prev[i], W[:, :, :, c])
                                 for c in range(W.shape[3])], axis=0))
    return np.stack(outputs)
