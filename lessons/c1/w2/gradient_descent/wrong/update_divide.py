
def update_parameter(w, dw, learning_rate):
    return w - dw / learning_rate
