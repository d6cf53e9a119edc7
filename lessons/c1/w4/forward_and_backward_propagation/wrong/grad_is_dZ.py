def output_gradient(AL, Y):
    return AL - Y
