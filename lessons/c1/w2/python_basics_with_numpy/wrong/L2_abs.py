
def L2(yhat, y):
    return np.sum(np.abs(y - yhat))
