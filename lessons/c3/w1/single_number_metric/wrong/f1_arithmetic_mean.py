
def f1_score(precision, recall):
    return (precision + recall) / 2
