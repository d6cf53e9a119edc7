
def basic_sigmoid(x):
    return 1 / math.exp(-x)
