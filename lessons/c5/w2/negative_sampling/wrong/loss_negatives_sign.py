def negative_sampling_loss(e_c, theta_pos, theta_neg):
    positive = np.log(sigmoid(np.dot(theta_pos, e_c)))
    negative = np.sum(np.log(sigmoid(np.dot(theta_neg.T, e_c))))
    return float(-(positive + negative))
