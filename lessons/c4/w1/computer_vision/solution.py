"""Computer vision: why a fully connected layer cannot swallow a real photograph.

Write both counting functions between the YOUR CODE markers. Each returns a whole number of
learnable parameters (weights plus biases).
"""


def dense_layer_params(n_H, n_W, n_C, n_units):
    """Parameters of a fully connected layer that reads a whole (n_H, n_W, n_C) image.

    The image is unrolled into n_x = n_H * n_W * n_C inputs. Every one of the n_units units
    has one weight per input and one bias.

    Arguments:
    n_H, n_W -- height and width of the image, in pixels
    n_C -- number of channels (3 for RGB)
    n_units -- number of units in the layer

    Returns:
    params -- the number of weights plus biases, an int
    """
    # YOUR CODE STARTS HERE
    # stub: params = None
    n_x = n_H * n_W * n_C
    params = n_x * n_units + n_units
    # YOUR CODE ENDS HERE
    return params


def conv_layer_params(f, n_C_prev, n_C):
    """Parameters of a convolutional layer with n_C filters of size (f, f, n_C_prev).

    Each filter has f * f * n_C_prev weights and one bias. The image size does not appear.

    Arguments:
    f -- the filter's height and width
    n_C_prev -- channels of the input (a filter is as deep as its input)
    n_C -- number of filters (the channels of the output)

    Returns:
    params -- the number of weights plus biases, an int
    """
    # YOUR CODE STARTS HERE
    # stub: params = None
    params = (f * f * n_C_prev + 1) * n_C
    # YOUR CODE ENDS HERE
    return params
