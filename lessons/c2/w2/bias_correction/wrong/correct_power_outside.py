
def bias_correct(v_t, beta, t):
    return v_t / (1 - beta) ** t
