def layers_to_fine_tune(m_new, L, base=1000):
    n_train = 1
    threshold = 10 * base
    while m_new >= threshold:
        n_train += 1
        threshold *= 10
    return list(range(L - n_train + 1, L + 1))
