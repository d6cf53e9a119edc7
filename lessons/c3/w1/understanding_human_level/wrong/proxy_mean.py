def bayes_proxy(human_errors):
    return sum(human_errors.values()) / len(human_errors)
