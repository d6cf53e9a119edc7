
def margin_of_error(error, n, confidence=0.95):
    return z_score(confidence) * math.sqrt(error / n)
