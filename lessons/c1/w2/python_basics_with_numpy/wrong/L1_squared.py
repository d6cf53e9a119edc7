
def L1(yhat, y):
    return np.sum((y - yhat) ** 2)
