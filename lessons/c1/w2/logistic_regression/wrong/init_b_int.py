
def initialize_with_zeros(dim):
    return np.zeros((dim, 1)), 0
