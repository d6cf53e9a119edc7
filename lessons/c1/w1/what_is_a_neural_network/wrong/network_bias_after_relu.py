
def house_price_network(x, W1, b1, W2, b2):
    h = np.maximum(0, np.dot(W1, x)) + b1
    return np.dot(W2, h) + b2
