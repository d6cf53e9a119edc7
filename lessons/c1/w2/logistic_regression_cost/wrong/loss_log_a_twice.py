
def loss(a, y):
    return -(y * np.log(a) + (1 - y) * np.log(a))
