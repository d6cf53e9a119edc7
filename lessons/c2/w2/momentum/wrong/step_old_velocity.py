
def momentum_step(w, dw, v, beta, learning_rate):
    w = w - learning_rate * v
    v = beta * v + (1 - beta) * dw
    return w, v
