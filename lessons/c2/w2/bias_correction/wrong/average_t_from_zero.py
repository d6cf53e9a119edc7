
def bias_corrected_average(theta, beta):
    v_hat = np.zeros(len(theta))
    v = 0.0
    for t in range(len(theta)):
        v = beta * v + (1 - beta) * theta[t]
        v_hat[t] = bias_correct(v, beta, t)
    return v_hat
