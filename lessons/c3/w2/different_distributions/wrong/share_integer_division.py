
def mobile_in_shuffled_dev(m_web, m_mobile, m_dev):
    return m_dev * (m_mobile // (m_web + m_mobile))
