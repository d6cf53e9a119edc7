
def classic_split(m, with_test=True):
    if with_test:
        return (m * 60 // 100, m * 20 // 100, m * 20 // 100)
    return (m * 70 // 100, m * 30 // 100, 0)
