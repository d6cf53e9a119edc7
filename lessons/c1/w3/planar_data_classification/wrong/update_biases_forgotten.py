def update_parameters(parameters, grads, learning_rate=1.2):
    return {"W1": parameters["W1"] - learning_rate * grads["dW1"],
            "b1": copy.deepcopy(parameters["b1"]),
            "W2": parameters["W2"] - learning_rate * grads["dW2"],
            "b2": copy.deepcopy(parameters["b2"])}
