def one_hot_matrix(label, depth=6):
    one_hot = np.eye(depth, dtype=np.float32)[int(np.squeeze(label))]
    return one_hot
