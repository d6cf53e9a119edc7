def distribute_value(dz, shape):
    (n_H, n_W) = shape
    a = dz / (n_H * n_W)
    return a
