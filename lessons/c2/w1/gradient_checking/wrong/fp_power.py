def forward_propagation(x, theta):
    J = x ** theta
    return J
