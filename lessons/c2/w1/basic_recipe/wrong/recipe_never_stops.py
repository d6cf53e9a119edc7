
def follow_recipe(measurements, bayes_error=0.0, threshold=0.02):
    return [next_actions(diagnose(train_error, dev_error, bayes_error, threshold))
            for train_error, dev_error in measurements]
