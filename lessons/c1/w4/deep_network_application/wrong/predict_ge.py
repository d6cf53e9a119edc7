def predict(X, y, parameters):
    probas, _ = L_model_forward(X, parameters)
    p = (probas >= 0.5).astype(int)
    print("Accuracy: " + str(np.mean(p == y)))
    return p
