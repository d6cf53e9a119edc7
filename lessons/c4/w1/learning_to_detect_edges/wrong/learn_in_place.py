
def learn_filter(image, target, kernel, num_iterations, learning_rate):
    costs = []
    for _ in range(num_iterations):
        cost, dK = filter_cost_and_gradient(image, kernel, target)
        costs.append(cost)
        kernel -= learning_rate * dK
    return kernel, costs
