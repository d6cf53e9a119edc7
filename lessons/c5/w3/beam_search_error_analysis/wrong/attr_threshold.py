def attribute_error(p_star, p_hat):
    return "beam search" if p_star > 0.5 else "RNN"
