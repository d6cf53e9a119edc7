
def next_actions(diagnosis):
    if diagnosis == BOTH:
        return BIAS_FIXES + [a for a in VARIANCE_FIXES if a not in BIAS_FIXES]
    if diagnosis == HIGH_BIAS:
        return list(BIAS_FIXES)
    if diagnosis == HIGH_VARIANCE:
        return list(VARIANCE_FIXES)
    return []
