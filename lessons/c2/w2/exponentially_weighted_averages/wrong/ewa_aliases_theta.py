
def exponentially_weighted_average(theta, beta):
    v = theta
    v[0] = (1 - beta) * theta[0]
    for t in range(1, len(theta)):
        v[t] = beta * v[t - 1] + (1 - beta) * theta[t]
    return v
