
def examples_needed(margin, error=0.5, confidence=0.95):
    z = z_score(confidence)
    return math.ceil(z * error * (1 - error) / margin ** 2)
