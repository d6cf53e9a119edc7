def attribute_error(p_star, p_hat):
    return "RNN" if p_star > p_hat else "beam search"
