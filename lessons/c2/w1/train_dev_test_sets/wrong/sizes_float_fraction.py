
def split_sizes(m, max_eval=10_000):
    m_eval = min(0.2 * m, max_eval)
    return (m - 2 * m_eval, m_eval, m_eval)
