def convolutional_model(input_shape):
    tfl = tf.keras.layers
    input_img = tf.keras.Input(shape=input_shape)
    A1 = tfl.Conv2D(filters=8, kernel_size=(4, 4), strides=(1, 1), padding="same",
                    activation="relu")(input_img)
    P1 = tfl.MaxPool2D(pool_size=(8, 8), strides=(8, 8), padding="same")(A1)
    A2 = tfl.Conv2D(filters=16, kernel_size=(2, 2), strides=(1, 1), padding="same",
                    activation="relu")(P1)
    P2 = tfl.MaxPool2D(pool_size=(4, 4), strides=(4, 4), padding="same")(A2)
    F = tfl.Flatten()(P2)
    outputs = tfl.Dense(units=6, activation="softmax")(F)
    model = tf.keras.Model(inputs=input_img, outputs=outputs)
    return model
