def negative_sampling_loss(e_c, theta_pos, theta_neg):
    return float(-np.log(sigmoid(np.dot(theta_pos, e_c))))
