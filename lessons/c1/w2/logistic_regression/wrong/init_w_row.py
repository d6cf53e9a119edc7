
def initialize_with_zeros(dim):
    return np.zeros((1, dim)), 0.0
