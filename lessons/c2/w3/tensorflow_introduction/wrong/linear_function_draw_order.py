def linear_function():
    np.random.seed(1)
    W = tf.Variable(np.random.randn(4, 3), name="W")
    X = tf.constant(np.random.randn(3, 1), name="X")
    b = tf.Variable(np.random.randn(4, 1), name="b")
    Y = tf.add(tf.matmul(W, X), b)
    return Y
