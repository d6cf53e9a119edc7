def lstm_memory_update(c_prev, gamma_f, gamma_u, gamma_o, c_tilde):
    c_next = gamma_f * c_prev + gamma_u * c_tilde
    return c_next, gamma_o * c_next
