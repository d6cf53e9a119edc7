
def next_actions(diagnosis):
    if diagnosis in (HIGH_BIAS, BOTH):
        return list(VARIANCE_FIXES)
    if diagnosis == HIGH_VARIANCE:
        return list(BIAS_FIXES)
    return []
