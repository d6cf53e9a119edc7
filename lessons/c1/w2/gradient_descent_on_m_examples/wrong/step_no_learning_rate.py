
def gradient_descent_step(w, b, X, Y, learning_rate):
    grads, cost = propagate_loop(w, b, X, Y)
    return w - grads["dw"], b - grads["db"], cost
