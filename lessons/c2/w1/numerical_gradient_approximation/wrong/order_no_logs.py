
def error_order(epsilons, errors):
    return float(np.polyfit(epsilons, errors, 1)[0])
