
def rmsprop_step(w, dw, s, beta2, learning_rate, epsilon=1e-8):
    s = beta2 * s + (1 - beta2) * np.square(dw)
    w = w - learning_rate * dw * (np.sqrt(s) + epsilon)
    return w, s
