def minimize_quadratic(coefficients=(1.0, -10.0, 25.0), learning_rate=0.1, num_steps=1000):
    c0, c1, c2 = coefficients
    w = tf.Variable(0.0, dtype=tf.float32)
    costs = []
    for _ in range(num_steps):
        optimizer = tf.keras.optimizers.Adam(learning_rate=learning_rate)
        with tf.GradientTape() as tape:
            cost = c0 * w ** 2 + c1 * w + c2
        costs.append(float(cost))
        grads = tape.gradient(cost, [w])
        optimizer.apply_gradients(zip(grads, [w], strict=True))
    return w, costs
