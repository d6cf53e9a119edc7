
def sample_misclassified(Y, Y_pred, num_examples, seed=0):
    wrong = np.flatnonzero(Y_pred[0] != Y[0])
    return wrong[:num_examples]
