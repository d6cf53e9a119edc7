
def gradient_descent_step(w, b, X, Y, learning_rate):
    A = sigmoid(np.dot(w.T, X) + b)
    grads = compute_gradients(X, A, Y)
    w -= learning_rate * grads["dw"]
    b -= learning_rate * grads["db"]
    return w, b
