
def rmsprop_step(w, dw, s, beta2, learning_rate, epsilon=1e-8):
    w = w - learning_rate * dw / (np.sqrt(s) + epsilon)
    s = beta2 * s + (1 - beta2) * np.square(dw)
    return w, s
