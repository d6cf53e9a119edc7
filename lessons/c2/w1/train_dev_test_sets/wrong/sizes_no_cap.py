
def split_sizes(m, max_eval=10_000):
    m_eval = m // 5
    return (m - 2 * m_eval, m_eval, m_eval)
