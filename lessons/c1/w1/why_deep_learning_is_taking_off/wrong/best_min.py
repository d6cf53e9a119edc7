
def best_model(m, models):
    return min(models, key=lambda k: performance(m, *models[k]))
