
def momentum_step(w, dw, v, beta, learning_rate):
    v = beta * v + dw
    w = w - learning_rate * v
    return w, v
