
def split_sizes(m_web, m_mobile):
    m_dev = m_mobile / 4
    return (m_web + m_mobile - 2 * m_dev, m_dev, m_dev)
