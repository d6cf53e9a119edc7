def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.copy(parameters["W" + str(l)])
        v["db" + str(l)] = np.copy(parameters["b" + str(l)])
    return v
