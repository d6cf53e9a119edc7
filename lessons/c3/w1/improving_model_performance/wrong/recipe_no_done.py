def run_recipe(evaluate, human_error, tolerance=0.01, max_rounds=20):
    size, strength = 1, 0
    actions = []
    for _ in range(max_rounds):
        train_error, dev_error = evaluate(size, strength)
        problems = problems_to_fix(human_error, train_error, dev_error, tolerance)
        if not problems:
            break
        if problems[0] == "bias":
            size += 1
            actions.append(BIGGER_MODEL)
        else:
            strength += 1
            actions.append(REGULARIZATION)
    return actions
