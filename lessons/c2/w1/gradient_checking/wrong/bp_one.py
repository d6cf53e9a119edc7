def backward_propagation(x, theta):
    dtheta = 1
    return dtheta
