
def gradient_descent_step(w, b, X, Y, learning_rate):
    grads, cost = propagate_loop(w, b, X, Y)
    w -= learning_rate * grads["dw"]
    b -= learning_rate * grads["db"]
    return w, b, cost
