def normalized_score(log_prob, T_y, alpha):
    return log_prob * T_y ** alpha
