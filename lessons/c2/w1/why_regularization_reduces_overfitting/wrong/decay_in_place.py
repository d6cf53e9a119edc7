
def weight_decay_update(W, dW, lambd, m, learning_rate):
    W *= 1 - learning_rate * lambd / m
    W -= learning_rate * dW
    return W
