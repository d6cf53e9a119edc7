
def loss(a, y):
    return -(y * np.log(1 - a) + (1 - y) * np.log(a))
