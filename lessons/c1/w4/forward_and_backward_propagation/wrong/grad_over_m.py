def output_gradient(AL, Y):
    m = Y.shape[1]
    return -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)) / m
