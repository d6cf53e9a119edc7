
def classic_split(m, with_test=True):
    m_eval = m * 20 // 100
    if with_test:
        return (m - 2 * m_eval, m_eval, m_eval)
    return (m - 2 * m_eval, m_eval, 0)
