def surpassed_levels(human_errors, model_error):
    return [who for who, error in human_errors.items() if error > model_error]
