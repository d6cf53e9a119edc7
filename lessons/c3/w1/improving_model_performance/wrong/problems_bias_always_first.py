def problems_to_fix(human_error, train_error, dev_error, tolerance=0.01):
    problems = []
    if train_error - human_error > tolerance:
        problems.append("bias")
    if dev_error - train_error > tolerance:
        problems.append("variance")
    return problems
