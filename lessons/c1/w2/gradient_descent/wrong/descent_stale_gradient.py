
def gradient_descent(cost_and_grad, w, learning_rate=0.1, num_iterations=100):
    costs = []
    J, dw = cost_and_grad(w)
    for _ in range(num_iterations):
        J = cost_and_grad(w)[0]
        costs.append(J)
        w = update_parameter(w, dw, learning_rate)
    return w, costs
