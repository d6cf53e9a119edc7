def bayes_proxy(human_errors):
    return max(human_errors.values())
