
def run_momentum(grad, w0, beta, learning_rate, num_steps):
    w = w0
    v = np.zeros_like(w0, dtype=float)
    path = []
    for _ in range(num_steps):
        w, v = momentum_step(w, grad(w), v, beta, learning_rate)
        path.append(w)
    return np.array(path)
