def bayes_proxy(answers, y):
    observer_errors = np.mean(answers != y, axis=1)
    panel = np.max(answers, axis=0, keepdims=True)
    panel_error = np.mean(panel != y)
    return float(min(np.min(observer_errors), panel_error))
