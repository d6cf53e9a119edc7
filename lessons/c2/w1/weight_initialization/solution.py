"""Weight initialization for deep networks: pick the scale of the random weights per layer.

Write init_scales and forward_variances between the YOUR CODE markers. layer_dims is the
course's list [n[0], n[1], ..., n[L]] of layer sizes, n[0] being the number of input features.
The weights of layer l are drawn as np.random.randn(n[l], n[l-1]) * scale[l].
"""

import numpy as np


def init_scales(layer_dims, activation="relu"):
    """The standard deviation to multiply np.random.randn by, for each layer l = 1, ..., L.

    He initialization (for ReLU layers): scale = sqrt(2 / n[l-1]).
    Xavier initialization (for tanh layers): scale = sqrt(1 / n[l-1]).

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]] of layer sizes
    activation -- "relu" (He) or "tanh" (Xavier)

    Returns:
    scales -- a list of L floats; scales[l - 1] is the scale of W[l]
    """
    # YOUR CODE STARTS HERE
    # stub: scales = None
    numerator = 2.0 if activation == "relu" else 1.0
    scales = [float(np.sqrt(numerator / layer_dims[l - 1])) for l in range(1, len(layer_dims))]
    # YOUR CODE ENDS HERE
    return scales


def forward_variances(layer_dims, scales, activation="relu"):
    """Predict the variance of z[l] in every layer, for normalized inputs (mean 0, variance 1).

    A unit of layer l sums n[l-1] terms w * a, so Var(z[l]) = n[l-1] * scale[l]^2 * q[l-1],
    where q[l-1] is the mean square of the layer's inputs: q[0] = 1 for normalized inputs, and
    q[l] = Var(z[l]) / 2 after a ReLU (it zeroes half of a symmetric z), or q[l] = Var(z[l])
    after a tanh (near 0, tanh(z) is about z).

    Arguments:
    layer_dims -- list [n[0], n[1], ..., n[L]] of layer sizes
    scales -- a list of L numbers, the standard deviations of the weights of layers 1..L
    activation -- "relu" or "tanh", the activation of every layer

    Returns:
    variances -- a list of L floats; variances[l - 1] is the predicted Var(z[l])
    """
    # YOUR CODE STARTS HERE
    # stub: variances = None
    variances = []
    q = 1.0
    for l in range(1, len(layer_dims)):
        var_z = layer_dims[l - 1] * scales[l - 1] ** 2 * q
        variances.append(float(var_z))
        q = var_z / 2 if activation == "relu" else var_z
    # YOUR CODE ENDS HERE
    return variances
