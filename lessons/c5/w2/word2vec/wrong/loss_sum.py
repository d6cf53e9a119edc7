def skipgram_loss(p, targets):
    m = p.shape[1]
    return float(-np.sum(np.log(p[targets, np.arange(m)])))
