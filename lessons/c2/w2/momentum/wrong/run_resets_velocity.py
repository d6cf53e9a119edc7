
def run_momentum(grad, w0, beta, learning_rate, num_steps):
    w = w0
    path = [w0]
    for _ in range(num_steps):
        v = np.zeros_like(w0, dtype=float)
        w, v = momentum_step(w, grad(w), v, beta, learning_rate)
        path.append(w)
    return np.array(path)
