def parameter_keys(L):
    return ["W" + str(l) for l in range(1, L + 1)] + ["b" + str(l) for l in range(1, L + 1)]
