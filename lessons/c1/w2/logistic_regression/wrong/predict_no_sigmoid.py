
def predict(w, b, X):
    Z = np.dot(w.T, X) + b
    return (Z > 0.5).astype(float)
