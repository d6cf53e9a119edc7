
def exponentially_weighted_average(theta, beta):
    v = 0.0
    for t in range(len(theta)):
        v = beta * v + (1 - beta) * theta[t]
    return v
