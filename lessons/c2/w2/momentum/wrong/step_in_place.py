
def momentum_step(w, dw, v, beta, learning_rate):
    v *= beta
    v += (1 - beta) * dw
    w -= learning_rate * v
    return w, v
