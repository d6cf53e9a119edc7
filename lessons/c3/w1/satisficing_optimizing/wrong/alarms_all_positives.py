
def false_alarms_per_day(Y_hat, Y, hours):
    return float(np.sum(Y_hat == 1) * 24 / hours)
