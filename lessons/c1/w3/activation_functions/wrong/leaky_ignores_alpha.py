
def leaky_relu(z, alpha=0.01):
    return np.where(z > 0, z, 0.01 * z)
