
def bias_corrected_average(theta, beta):
    v_hat = np.zeros(len(theta))
    v = 0.0
    for t in range(1, len(theta) + 1):
        v = beta * v + (1 - beta) * theta[t - 1]
        v_hat[t - 1] = bias_correct(v, beta, len(theta))
    return v_hat
