def initialize_parameters():
    W1 = tf.Variable(np.random.randn(25, 12288).astype(np.float32))
    b1 = tf.Variable(np.random.randn(25, 1).astype(np.float32))
    W2 = tf.Variable(np.random.randn(12, 25).astype(np.float32))
    b2 = tf.Variable(np.random.randn(12, 1).astype(np.float32))
    W3 = tf.Variable(np.random.randn(6, 12).astype(np.float32))
    b3 = tf.Variable(np.random.randn(6, 1).astype(np.float32))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
