
def softmax(x):
    return x / np.sum(x, axis=1, keepdims=True)
