
def update_parameter(w, dw, learning_rate):
    return w + learning_rate * dw
