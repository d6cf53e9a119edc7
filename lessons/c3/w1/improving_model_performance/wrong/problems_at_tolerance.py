def problems_to_fix(human_error, train_error, dev_error, tolerance=0.01):
    avoidable_bias = train_error - human_error
    variance = dev_error - train_error
    problems = []
    if avoidable_bias >= tolerance:
        problems.append("bias")
    if variance >= tolerance:
        problems.append("variance")
    if problems == ["bias", "variance"] and variance > avoidable_bias:
        problems = ["variance", "bias"]
    return problems
