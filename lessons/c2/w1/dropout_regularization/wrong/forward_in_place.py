
def dropout_forward(A, keep_prob, seed=0):
    np.random.seed(seed)
    D = (np.random.rand(A.shape[0], A.shape[1]) < keep_prob).astype(int)
    A *= D
    A /= keep_prob
    return A, D
