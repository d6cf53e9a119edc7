
def weight_decay_update(W, dW, lambd, m, learning_rate):
    return (1 - lambd / m) * W - learning_rate * dW
