def softmax_cost(logits, labels):
    logits = tf.cast(logits, tf.float32)
    labels = tf.cast(labels, tf.float32)
    losses = tf.nn.softmax_cross_entropy_with_logits(labels=logits, logits=labels, axis=0)
    return tf.reduce_mean(losses)
