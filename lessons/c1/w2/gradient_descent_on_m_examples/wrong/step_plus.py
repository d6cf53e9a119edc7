
def gradient_descent_step(w, b, X, Y, learning_rate):
    grads, cost = propagate_loop(w, b, X, Y)
    return w + learning_rate * grads["dw"], b + learning_rate * grads["db"], cost
