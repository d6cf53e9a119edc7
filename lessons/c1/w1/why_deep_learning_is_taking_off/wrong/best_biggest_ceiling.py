
def best_model(m, models):
    return max(models, key=lambda k: models[k][0])
