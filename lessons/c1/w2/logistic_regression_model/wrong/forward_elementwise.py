
def forward_propagate(w, b, X):
    return sigmoid(w * X + b)
