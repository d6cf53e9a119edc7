
def f1_score(precision, recall):
    return float(np.sqrt(precision * recall))
