
def next_actions(diagnosis):
    if diagnosis in (HIGH_BIAS, BOTH):
        return BIAS_FIXES + ["get more data"]
    if diagnosis == HIGH_VARIANCE:
        return list(VARIANCE_FIXES)
    return []
