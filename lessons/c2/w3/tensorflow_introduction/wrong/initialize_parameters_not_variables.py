def initialize_parameters():
    initializer = tf.keras.initializers.GlorotNormal(seed=1)
    W1 = initializer(shape=(25, 12288))
    b1 = initializer(shape=(25, 1))
    W2 = initializer(shape=(12, 25))
    b2 = initializer(shape=(12, 1))
    W3 = initializer(shape=(6, 12))
    b3 = initializer(shape=(6, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
