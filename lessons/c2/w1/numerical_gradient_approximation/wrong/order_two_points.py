
def error_order(epsilons, errors):
    return float(np.log(errors[0] / errors[-1]) / np.log(epsilons[0] / epsilons[-1]))
