
def learn_filter(image, target, kernel, num_iterations, learning_rate):
    kernel = kernel.copy()
    costs = []
    for _ in range(num_iterations):
        _, dK = filter_cost_and_gradient(image, kernel, target)
        kernel = kernel - learning_rate * dK
        cost, _ = filter_cost_and_gradient(image, kernel, target)
        costs.append(cost)
    return kernel, costs
