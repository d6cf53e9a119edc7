def backward_propagation(x, theta):
    dtheta = theta
    return dtheta
