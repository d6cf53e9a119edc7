
def error_order(epsilons, errors):
    return float(np.polyfit(np.log(epsilons), np.log(errors), 1)[1])
