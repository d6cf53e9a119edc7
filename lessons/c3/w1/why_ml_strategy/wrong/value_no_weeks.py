
def value_per_week(idea):
    name, gain, probability, weeks = idea
    return probability * gain
