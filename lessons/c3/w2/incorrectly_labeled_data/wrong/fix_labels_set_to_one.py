
def fix_labels(Y_dev, Y_test, dev_flips, test_flips):
    Y_dev_fixed, Y_test_fixed = Y_dev.copy(), Y_test.copy()
    Y_dev_fixed[0, dev_flips] = 1
    Y_test_fixed[0, test_flips] = 1
    return (Y_dev_fixed, Y_test_fixed)
