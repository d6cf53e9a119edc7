
def classic_split(m, with_test=True):
    if with_test:
        return (0.6 * m, 0.2 * m, 0.2 * m)
    return (0.7 * m, 0.3 * m, 0)
