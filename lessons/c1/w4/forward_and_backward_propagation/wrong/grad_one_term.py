def output_gradient(AL, Y):
    return -np.divide(Y, AL)
