
def momentum_step(w, dw, v, beta, learning_rate):
    v = (1 - beta) * v + beta * dw
    w = w - learning_rate * v
    return w, v
