
def follow_recipe(measurements, bayes_error=0.0, threshold=0.02):
    plan = []
    for train_error, dev_error in measurements[1:]:
        actions = next_actions(diagnose(train_error, dev_error, bayes_error, threshold))
        plan.append(actions)
        if not actions:
            break
    return plan
