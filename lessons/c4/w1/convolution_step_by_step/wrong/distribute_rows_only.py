def distribute_value(dz, shape):
    (n_H, n_W) = shape
    a = np.ones(shape) * (dz / n_H)
    return a
