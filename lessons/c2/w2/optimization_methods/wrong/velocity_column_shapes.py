def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        rows = parameters["W" + str(l)].shape[0]
        v["dW" + str(l)] = np.zeros((rows, 1))
        v["db" + str(l)] = np.zeros((rows, 1))
    return v
