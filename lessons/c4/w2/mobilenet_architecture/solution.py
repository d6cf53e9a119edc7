"""MobileNet v2's bottleneck block: expand, depthwise, project, and (sometimes) add the input.

Course 4 layout: activations are (m, n_H, n_W, n_C), batch first. Write each function between
the YOUR CODE markers.
"""

import numpy as np


def relu6(Z):
    """ReLU capped at 6: min(max(0, Z), 6), element by element.

    Arguments:
    Z -- numpy array of any shape

    Returns:
    A -- same shape as Z, every value in [0, 6]
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    A = np.minimum(np.maximum(Z, 0), 6)
    # YOUR CODE ENDS HERE
    return A


def bottleneck_shapes(input_shape, expansion, n_C_out, stride):
    """Shapes (n_H, n_W, n_C) after each of the block's three steps, for ONE example.

    The depthwise step uses a 3 x 3 filter with "same" padding, so its output height is
    ceil(n_H / stride) = (n_H - 1) // stride + 1 (and likewise for the width).

    Arguments:
    input_shape -- (n_H, n_W, n_C) of the block's input
    expansion -- the expansion factor t (MobileNet v2 uses 6)
    n_C_out -- channels after the projection
    stride -- stride of the depthwise step (1 or 2)

    Returns:
    shapes -- a list of three tuples: [after expansion, after depthwise, after projection]
    """
    n_H, n_W, n_C = input_shape
    # YOUR CODE STARTS HERE
    # stub: shapes = None
    n_C_exp = expansion * n_C
    n_H_out = (n_H - 1) // stride + 1
    n_W_out = (n_W - 1) // stride + 1
    shapes = [(n_H, n_W, n_C_exp), (n_H_out, n_W_out, n_C_exp), (n_H_out, n_W_out, n_C_out)]
    # YOUR CODE ENDS HERE
    return shapes


def depthwise_same(A, W, b, stride):
    """3 x 3 depthwise convolution with 'same' padding (given, do not change).

    A -- (m, n_H, n_W, n_C); W -- (f, f, n_C); b -- (1, 1, n_C). Returns (m, n_H', n_W', n_C)
    with n_H' = (n_H - 1) // stride + 1.
    """
    m, n_H, n_W, n_C = A.shape
    f = W.shape[0]
    pad = (f - 1) // 2
    A_pad = np.pad(A, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
    n_H_out = (n_H - 1) // stride + 1
    n_W_out = (n_W - 1) // stride + 1
    Z = np.zeros((m, n_H_out, n_W_out, n_C))
    for h in range(n_H_out):
        for w in range(n_W_out):
            window = A_pad[:, h * stride:h * stride + f, w * stride:w * stride + f, :]
            Z[:, h, w, :] = np.sum(window * W, axis=(1, 2)) + b[0, 0]
    return Z


def bottleneck_forward(X, parameters, stride):
    """Forward pass of a MobileNet v2 bottleneck block.

    expansion:  Z1 = 1 x 1 conv of X with W1, b1;   A1 = relu6(Z1)
    depthwise:  Z2 = depthwise_same(A1, W2, b2, stride);   A2 = relu6(Z2)
    projection: Z3 = 1 x 1 conv of A2 with W3, b3   (linear: NO activation)
    residual:   out = X + Z3 when stride == 1 and Z3 has as many channels as X; else out = Z3

    Arguments:
    X -- input, shape (m, n_H, n_W, n_C)
    parameters -- dict with W1 (1, 1, n_C, t*n_C), b1 (1, 1, 1, t*n_C),
                  W2 (3, 3, t*n_C), b2 (1, 1, t*n_C),
                  W3 (1, 1, t*n_C, n_C_out), b3 (1, 1, 1, n_C_out)
    stride -- stride of the depthwise step

    Returns:
    out -- shape (m, n_H', n_W', n_C_out)
    """
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    # YOUR CODE STARTS HERE
    # stub: out = None
    A1 = relu6(np.matmul(X, W1[0, 0]) + b1)
    A2 = relu6(depthwise_same(A1, W2, b2, stride))
    Z3 = np.matmul(A2, W3[0, 0]) + b3
    out = Z3
    if stride == 1 and Z3.shape[-1] == X.shape[-1]:
        out = Z3 + X
    # YOUR CODE ENDS HERE
    return out
