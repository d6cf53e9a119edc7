"""U-Net: skip connections and the shapes through a small U.

Feature maps here are (height, width, channels), the layout Keras uses.
Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np


def concat_skip(decoder_map, encoder_map):
    """Skip connection: stack the decoder's upsampled map and the encoder's map along channels.

    Arguments:
    decoder_map -- numpy array (h, w, c_dec), the upsampled map (comes first)
    encoder_map -- numpy array (h, w, c_enc), the map saved on the way down

    Returns:
    merged -- numpy array (h, w, c_dec + c_enc)
    """
    # YOUR CODE STARTS HERE
    # stub: merged = None
    merged = np.concatenate([decoder_map, encoder_map], axis=-1)
    # YOUR CODE ENDS HERE
    return merged


def unet_shapes(input_shape, n_filters, depth, n_classes):
    """Trace the feature-map shapes through a small U-Net.

    Encoder step k = 0 .. depth-1: two 3x3 'same' convolutions with n_filters * 2**k channels
    (this map is saved as a skip), then 2x2 max pooling halves height and width.
    Bottleneck: two convolutions with n_filters * 2**depth channels.
    Decoder step k = depth-1 .. 0: a stride-2 transpose convolution doubles height and width and
    gives n_filters * 2**k channels, it is concatenated with skip k, and two convolutions bring
    the channels back to n_filters * 2**k. A final 1x1 convolution gives n_classes channels.

    Arguments:
    input_shape -- tuple (h, w, c); h and w must be divisible by 2**depth
    n_filters -- channels of the first encoder step
    depth -- number of poolings
    n_classes -- number of output classes

    Returns:
    shapes -- dict with
        "skips": list of the depth skip shapes, top (k = 0) first
        "bottleneck": shape after the bottleneck convolutions
        "concats": list of the depth shapes right after each concatenation, in decoder order
        "output": shape of the final output
    Raises ValueError when h or w is not divisible by 2**depth.
    """
    # YOUR CODE STARTS HERE
    # stub: shapes = None
    h, w, _ = input_shape
    if h % 2 ** depth or w % 2 ** depth:
        raise ValueError("height and width must be divisible by 2**depth")
    skips = []
    for k in range(depth):
        skips.append((h, w, n_filters * 2 ** k))
        h, w = h // 2, w // 2
    bottleneck = (h, w, n_filters * 2 ** depth)
    concats = []
    for k in reversed(range(depth)):
        h, w = 2 * h, 2 * w
        up_channels = n_filters * 2 ** k
        concats.append((h, w, up_channels + skips[k][2]))
    output = (h, w, n_classes)
    shapes = {"skips": skips, "bottleneck": bottleneck, "concats": concats, "output": output}
    # YOUR CODE ENDS HERE
    return shapes
