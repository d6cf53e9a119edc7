def initialize_adam(parameters):
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            v[p + str(l)] = np.zeros(parameters[p + str(l)].shape)
            s[p + str(l)] = np.zeros(parameters[p + str(l)].shape)
    return v, s
