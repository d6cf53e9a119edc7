
def dropout_forward(A, keep_prob, seed=0):
    np.random.seed(seed)
    D = (np.random.rand(A.shape[0], A.shape[1]) < keep_prob).astype(int)
    return A * D * keep_prob, D
