def normalized_score(log_prob, T_y, alpha):
    return log_prob / (alpha * T_y)
