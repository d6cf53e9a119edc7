
def adam_step(w, dw, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
    v = beta1 * v + (1 - beta1) * dw
    s = beta2 * s + (1 - beta2) * np.square(dw)
    v = v / (1 - beta1 ** t)
    s = s / (1 - beta2 ** t)
    w = w - learning_rate * v / (np.sqrt(s) + epsilon)
    return w, v, s
