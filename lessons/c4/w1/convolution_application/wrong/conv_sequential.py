def convolutional_model(input_shape):
    tfl = tf.keras.layers
    model = tf.keras.Sequential([
        tf.keras.Input(shape=input_shape),
        tfl.Conv2D(filters=8, kernel_size=(4, 4), strides=(1, 1), padding="same"),
        tfl.ReLU(),
        tfl.MaxPool2D(pool_size=(8, 8), strides=(8, 8), padding="same"),
        tfl.Conv2D(filters=16, kernel_size=(2, 2), strides=(1, 1), padding="same"),
        tfl.ReLU(),
        tfl.MaxPool2D(pool_size=(4, 4), strides=(4, 4), padding="same"),
        tfl.Flatten(),
        tfl.Dense(units=6, activation="softmax"),
    ])
    return model
