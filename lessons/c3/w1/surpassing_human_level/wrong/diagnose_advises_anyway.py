def diagnose(human_errors, train_error, dev_error):
    proxy = min(human_errors.values())
    avoidable_bias = avoidable_bias_if_known(proxy, train_error)
    variance = dev_error - train_error
    known_and_big = avoidable_bias is not None and avoidable_bias >= variance
    focus = "bias" if known_and_big else "variance"
    return {"proxy": proxy, "avoidable_bias": avoidable_bias, "variance": variance,
            "focus": focus}
