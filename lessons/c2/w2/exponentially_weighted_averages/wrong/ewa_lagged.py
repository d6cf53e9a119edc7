
def exponentially_weighted_average(theta, beta):
    v = np.zeros(len(theta))
    v_prev = 0.0
    for t in range(len(theta)):
        v[t] = v_prev
        v_prev = beta * v_prev + (1 - beta) * theta[t]
    return v
