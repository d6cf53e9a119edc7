"""Gradient descent: repeat one small downhill step, and keep a record of the cost.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""


def parabola(w):
    """A simple bowl to practise on (given): J(w) = (w - 3)^2, lowest at w = 3.

    Arguments:
    w -- a number (or a numpy array, element by element)

    Returns:
    J -- the cost (w - 3)^2
    dw -- its derivative dJ/dw = 2 (w - 3)
    """
    return (w - 3) ** 2, 2 * (w - 3)


def update_parameter(w, dw, learning_rate):
    """One gradient descent step.

    Arguments:
    w -- the parameter: a number or a numpy array (leave the caller's array unchanged)
    dw -- the derivative dJ/dw at w, same shape as w
    learning_rate -- alpha, the size of the step

    Returns:
    w_new -- w moved against its derivative: w - learning_rate * dw
    """
    # YOUR CODE STARTS HERE
    # stub: w_new = None
    w_new = w - learning_rate * dw
    # YOUR CODE ENDS HERE
    return w_new


def gradient_descent(cost_and_grad, w, learning_rate=0.1, num_iterations=100):
    """Run gradient descent and record the cost at every iteration.

    Arguments:
    cost_and_grad -- a function: J, dw = cost_and_grad(w) gives the cost and its derivative
                     at w (for example parabola above)
    w -- the starting value of the parameter (a number or a numpy array)
    learning_rate -- alpha, the size of each step
    num_iterations -- how many steps to take

    Returns:
    w -- the parameter after num_iterations steps
    costs -- a list of num_iterations costs: costs[i] is J at the start of iteration i,
             before that iteration's step
    """
    costs = []
    # YOUR CODE STARTS HERE
    # stub: # each iteration: cost and slope at the current w, record the cost, take one step
    for _ in range(num_iterations):
        J, dw = cost_and_grad(w)
        costs.append(J)
        w = update_parameter(w, dw, learning_rate)
    # YOUR CODE ENDS HERE
    return w, costs
