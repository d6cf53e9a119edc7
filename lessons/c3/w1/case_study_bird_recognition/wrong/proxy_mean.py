def bayes_proxy(answers, y):
    observer_errors = np.mean(answers != y, axis=1)
    return float(np.mean(observer_errors))
