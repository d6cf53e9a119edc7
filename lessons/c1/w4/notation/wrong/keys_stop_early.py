def parameter_keys(L):
    keys = []
    for l in range(1, L):
        keys.append("W" + str(l))
        keys.append("b" + str(l))
    return keys
