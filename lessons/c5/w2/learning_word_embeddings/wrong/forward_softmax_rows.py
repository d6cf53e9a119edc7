def language_model_forward(x, parameters):
    a1 = np.tanh(np.dot(parameters["W1"], x) + parameters["b1"])
    z2 = np.dot(parameters["W2"], a1) + parameters["b2"]
    e = np.exp(z2)
    return e / np.sum(e, axis=1, keepdims=True)
