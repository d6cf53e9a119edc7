
def house_price_network(x, W1, b1, W2, b2):
    h = np.dot(W1, x) + b1
    return np.dot(W2, h) + b2
