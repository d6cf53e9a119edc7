
def gradient_descent(cost_and_grad, w, learning_rate=0.1, num_iterations=100):
    costs = []
    for _ in range(num_iterations):
        J, dw = cost_and_grad(w)
        w = update_parameter(w, dw, learning_rate)
        J, _ = cost_and_grad(w)
        costs.append(J)
    return w, costs
