def output_gradient(AL, Y):
    return np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)
