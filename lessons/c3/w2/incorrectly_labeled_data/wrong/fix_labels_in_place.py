
def fix_labels(Y_dev, Y_test, dev_flips, test_flips):
    Y_dev[0, dev_flips] = 1 - Y_dev[0, dev_flips]
    Y_test[0, test_flips] = 1 - Y_test[0, test_flips]
    return (Y_dev, Y_test)
