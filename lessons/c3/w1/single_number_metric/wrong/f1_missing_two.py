
def f1_score(precision, recall):
    if precision + recall == 0:
        return 0.0
    return precision * recall / (precision + recall)
