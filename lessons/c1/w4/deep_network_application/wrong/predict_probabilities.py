def predict(X, y, parameters):
    probas, _ = L_model_forward(X, parameters)
    print("Accuracy: " + str(np.mean((probas > 0.5) == y)))
    return probas
