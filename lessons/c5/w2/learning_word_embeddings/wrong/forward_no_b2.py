def language_model_forward(x, parameters):
    a1 = np.tanh(np.dot(parameters["W1"], x) + parameters["b1"])
    return softmax(np.dot(parameters["W2"], a1))
