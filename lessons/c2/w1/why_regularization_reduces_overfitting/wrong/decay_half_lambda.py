
def weight_decay_update(W, dW, lambd, m, learning_rate):
    return (1 - learning_rate * lambd / (2 * m)) * W - learning_rate * dW
