
def error_order(epsilons, errors):
    return float(np.polyfit(np.log(errors), np.log(epsilons), 1)[0])
