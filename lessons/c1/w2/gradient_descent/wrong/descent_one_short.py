
def gradient_descent(cost_and_grad, w, learning_rate=0.1, num_iterations=100):
    costs = []
    for _ in range(num_iterations - 1):
        J, dw = cost_and_grad(w)
        costs.append(J)
        w = update_parameter(w, dw, learning_rate)
    return w, costs
