
def L2(yhat, y):
    return np.mean((y - yhat) ** 2)
