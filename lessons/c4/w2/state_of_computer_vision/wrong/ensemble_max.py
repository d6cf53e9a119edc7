def ensemble_predict(prob_list):
    return np.max(np.stack(prob_list, axis=0), axis=0)
