def pool_volume(A_prev, f, stride, mode="max"):
    merged = np.max(A_prev, axis=2) if mode == "max" else np.mean(A_prev, axis=2)
    pooled = pool_2d(merged, f, stride, mode)
    return np.repeat(pooled[:, :, None], A_prev.shape[2], axis=2)
