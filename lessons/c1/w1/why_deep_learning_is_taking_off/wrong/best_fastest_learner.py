
def best_model(m, models):
    return min(models, key=lambda k: models[k][1])
