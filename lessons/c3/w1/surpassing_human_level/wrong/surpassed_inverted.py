def surpassed_levels(human_errors, model_error):
    ahead = [who for who, error in human_errors.items() if error < model_error]
    ahead.sort(key=lambda who: human_errors[who], reverse=True)
    return ahead
