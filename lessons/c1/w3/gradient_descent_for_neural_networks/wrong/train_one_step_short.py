
def train_steps(X, Y, parameters, learning_rate, num_steps):
    costs = []
    for _ in range(num_steps - 1):
        A2, cache = forward_pass(X, parameters)
        costs.append(cross_entropy_cost(A2, Y))
        grads = backward_pass(parameters, cache, X, Y)
        parameters = gradient_descent_update(parameters, grads, learning_rate)
    return parameters, costs
