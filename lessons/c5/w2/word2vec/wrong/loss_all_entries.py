def skipgram_loss(p, targets):
    return float(-np.mean(np.log(p)))
