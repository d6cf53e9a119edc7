
def exponentially_weighted_average(theta, beta):
    v = np.zeros(len(theta))
    v_prev = 0.0
    for t in range(len(theta)):
        v_prev = (1 - beta) * v_prev + beta * theta[t]
        v[t] = v_prev
    return v
