
def next_actions(diagnosis):
    if diagnosis in (HIGH_VARIANCE, BOTH):
        return list(VARIANCE_FIXES)
    if diagnosis == HIGH_BIAS:
        return list(BIAS_FIXES)
    return []
