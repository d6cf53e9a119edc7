
def update_parameter(w, dw, learning_rate):
    w -= learning_rate * dw
    return w
