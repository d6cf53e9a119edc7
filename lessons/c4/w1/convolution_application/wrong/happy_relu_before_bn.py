def happyModel():
    tfl = tf.keras.layers
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(64, 64, 3)),
        tfl.ZeroPadding2D(padding=(3, 3)),
        tfl.Conv2D(filters=32, kernel_size=(7, 7), strides=(1, 1)),
        tfl.ReLU(),
        tfl.BatchNormalization(axis=3),
        tfl.MaxPooling2D(),
        tfl.Flatten(),
        tfl.Dense(1, activation="sigmoid"),
    ])
    return model
