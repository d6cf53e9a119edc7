
def best_model(m, models):
    return max(performance(m, *pair) for pair in models.values())
