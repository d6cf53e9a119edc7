
def run_adam(grad, w0, num_steps, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
    w = w0
    v, s = np.zeros_like(w0, dtype=float), np.zeros_like(w0, dtype=float)
    path = [w0]
    for t in range(num_steps):
        w, v, s = adam_step(w, grad(w), v, s, t, learning_rate, beta1, beta2, epsilon)
        path.append(w)
    return np.array(path)
