
def L2(yhat, y):
    return np.sqrt(np.sum((y - yhat) ** 2))
