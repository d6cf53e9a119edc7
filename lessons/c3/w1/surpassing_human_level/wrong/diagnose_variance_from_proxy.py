def diagnose(human_errors, train_error, dev_error):
    proxy = min(human_errors.values())
    avoidable_bias = avoidable_bias_if_known(proxy, train_error)
    variance = dev_error - proxy
    if avoidable_bias is None:
        focus = "unknown"
    elif avoidable_bias >= variance:
        focus = "bias"
    else:
        focus = "variance"
    return {"proxy": proxy, "avoidable_bias": avoidable_bias, "variance": variance,
            "focus": focus}
