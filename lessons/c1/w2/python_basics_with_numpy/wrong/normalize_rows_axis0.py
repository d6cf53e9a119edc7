
def normalize_rows(x):
    return x / np.linalg.norm(x, axis=0, keepdims=True)
