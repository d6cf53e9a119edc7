
def split_for(m, margin=0.01, error=0.5, confidence=0.95):
    m_eval = examples_needed(margin, error, confidence)
    return (m - 2 * m_eval, m_eval, m_eval)
