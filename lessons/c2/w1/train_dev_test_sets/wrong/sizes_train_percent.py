
def split_sizes(m, max_eval=10_000):
    m_eval = min(m // 5, max_eval)
    m_train = m * 3 // 5 if m // 5 <= max_eval else m - 2 * max_eval
    return (m_train, m_eval, m_eval)
