"""Convolutional neural networks in Keras: a Sequential model and a Functional one.

Two graded functions, each of which only BUILDS a model (no training here: the training run
compiles and fits what you return):

- happyModel(): a Sequential stack that decides whether a 64x64 face is smiling;
- convolutional_model(input_shape): a Functional-API network that sorts pictures into 6
  classes.

Use the layers of tf.keras.layers under the course's short name tfl (tfl.Conv2D, tfl.ReLU,
...): each function starts with tfl = tf.keras.layers for you. Keep the names and signatures:
the checks compare your layers, one by one, with the expected list (class, output shape,
number of parameters, padding, strides, pool size, activation).
"""

import tensorflow as tf


def happyModel():
    """The binary "is this face happy?" classifier, as a tf.keras.Sequential model.

    The input, a batch of 64x64x3 pictures, is declared for you; list these layers after it,
    in this order:
        ZeroPadding2D  -- 3 pixels of zeros on every side: 64x64 becomes 70x70
        Conv2D         -- 32 filters of size 7x7, stride 1 (no padding of its own)
        BatchNormalization on axis 3 (the channels)
        ReLU
        MaxPooling2D   -- the defaults: a 2x2 window moved by 2
        Flatten
        Dense          -- 1 unit with a sigmoid: the probability that the face is happy

    Returns:
    model -- a tf.keras.Sequential model (not compiled)
    """
    tfl = tf.keras.layers
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(64, 64, 3)),
        # YOUR CODE STARTS HERE
        tfl.ZeroPadding2D(padding=(3, 3)),
        tfl.Conv2D(filters=32, kernel_size=(7, 7), strides=(1, 1)),
        tfl.BatchNormalization(axis=3),
        tfl.ReLU(),
        tfl.MaxPooling2D(),
        tfl.Flatten(),
        tfl.Dense(1, activation="sigmoid"),
        # YOUR CODE ENDS HERE
    ])
    return model


def convolutional_model(input_shape):
    """CONV2D -> RELU -> MAXPOOL -> CONV2D -> RELU -> MAXPOOL -> FLATTEN -> DENSE, with the
    Functional API: each layer is created, then called on the previous tensor.

    The layers, in order:
        Conv2D      -- 8 filters 4x4, stride 1, padding "same"              -> Z1
        ReLU                                                                -> A1
        MaxPool2D   -- window 8x8, stride 8, padding "same"                 -> P1
        Conv2D      -- 16 filters 2x2, stride 1, padding "same"             -> Z2
        ReLU                                                                -> A2
        MaxPool2D   -- window 4x4, stride 4, padding "same"                 -> P2
        Flatten                                                             -> F
        Dense       -- 6 units with a softmax (one probability per class)   -> outputs

    Arguments:
    input_shape -- the shape of ONE picture, (height, width, channels), e.g. (64, 64, 3)

    Returns:
    model -- a tf.keras.Model from input_img to outputs (not compiled)
    """
    tfl = tf.keras.layers
    input_img = tf.keras.Input(shape=input_shape)
    # YOUR CODE STARTS HERE
    # stub: Z1 = None
    # stub: A1 = None
    # stub: P1 = None
    # stub: Z2 = None
    # stub: A2 = None
    # stub: P2 = None
    # stub: F = None
    # stub: outputs = None
    Z1 = tfl.Conv2D(filters=8, kernel_size=(4, 4), strides=(1, 1), padding="same")(input_img)
    A1 = tfl.ReLU()(Z1)
    P1 = tfl.MaxPool2D(pool_size=(8, 8), strides=(8, 8), padding="same")(A1)
    Z2 = tfl.Conv2D(filters=16, kernel_size=(2, 2), strides=(1, 1), padding="same")(P1)
    A2 = tfl.ReLU()(Z2)
    P2 = tfl.MaxPool2D(pool_size=(4, 4), strides=(4, 4), padding="same")(A2)
    F = tfl.Flatten()(P2)
    outputs = tfl.Dense(units=6, activation="softmax")(F)
    # YOUR CODE ENDS HERE
    model = tf.keras.Model(inputs=input_img, outputs=outputs)
    return model
