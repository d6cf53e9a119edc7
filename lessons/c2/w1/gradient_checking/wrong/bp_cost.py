def backward_propagation(x, theta):
    dtheta = theta * x
    return dtheta
