def minimize_quadratic(coefficients=(1.0, -10.0, 25.0), learning_rate=0.1, num_steps=1000):
    w = tf.Variable(0.0, dtype=tf.float32)
    optimizer = tf.keras.optimizers.Adam(learning_rate=learning_rate)
    costs = []
    for _ in range(num_steps):
        with tf.GradientTape() as tape:
            cost = w ** 2 - 10 * w + 25
        costs.append(float(cost))
        grads = tape.gradient(cost, [w])
        optimizer.apply_gradients(zip(grads, [w], strict=True))
    return w, costs
