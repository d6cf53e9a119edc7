
def loss(a, y):
    return 0.5 * (a - y) ** 2
