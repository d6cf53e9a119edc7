
def momentum_step(w, dw, v, beta, learning_rate):
    v = beta * v + (1 - beta) * dw
    w = w - learning_rate * dw
    return w, v
