def ensemble_predict(prob_list):
    return np.mean(np.stack(prob_list, axis=0), axis=1)
