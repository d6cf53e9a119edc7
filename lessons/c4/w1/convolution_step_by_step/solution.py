"""Convolutional neural networks, step by step: convolution and pooling layers in numpy.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
and the demo run call them exactly like this. Layout (batch first, as in the course):

    A_prev, Z, A  -- (m, n_H, n_W, n_C)       m examples, height, width, channels
    W             -- (f, f, n_C_prev, n_C)    one f x f x n_C_prev filter per output channel
    b             -- (1, 1, 1, n_C)           one bias per output channel
"""

import numpy as np


def zero_pad(X, pad):
    """Surround every image of the batch X with a border of zeros, pad pixels wide.

    Only the height and the width grow: the batch axis and the channel axis are left alone.

    Arguments:
    X -- numpy array of shape (m, n_H, n_W, n_C), a batch of m images
    pad -- integer, how many rows/columns of zeros to add on each side

    Returns:
    X_pad -- the padded batch, of shape (m, n_H + 2 * pad, n_W + 2 * pad, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: X_pad = None
    X_pad = np.pad(X, ((0, 0), (pad, pad), (pad, pad), (0, 0)), mode="constant",
                   constant_values=0)
    # YOUR CODE ENDS HERE
    return X_pad


def conv_single_step(a_slice_prev, W, b):
    """Apply ONE filter to ONE window of the input: the basic move of a convolution.

    Arguments:
    a_slice_prev -- a window of the input, of shape (f, f, n_C_prev)
    W -- the filter's weights, of shape (f, f, n_C_prev)
    b -- the filter's bias, of shape (1, 1, 1)

    Returns:
    Z -- a scalar (a float): the sum of the element-wise products, plus the bias
    """
    # YOUR CODE STARTS HERE
    # stub: s = None
    # stub: Z = None
    s = np.multiply(a_slice_prev, W)
    Z = np.sum(s)
    Z = Z + float(np.squeeze(b))
    # YOUR CODE ENDS HERE
    return Z


def conv_forward(A_prev, W, b, hparameters):
    """The forward pass of a convolution layer.

    Arguments:
    A_prev -- activations of the previous layer, of shape (m, n_H_prev, n_W_prev, n_C_prev)
    W -- weights, of shape (f, f, n_C_prev, n_C)
    b -- biases, of shape (1, 1, 1, n_C)
    hparameters -- python dictionary with the integers "stride" and "pad"

    Returns:
    Z -- conv output, of shape (m, n_H, n_W, n_C)
    cache -- (A_prev, W, b, hparameters), kept for conv_backward
    """
    # YOUR CODE STARTS HERE
    # stub: (m, n_H_prev, n_W_prev, n_C_prev) = (None, None, None, None)
    # stub: (f, f, n_C_prev, n_C) = (None, None, None, None)
    # stub: stride = None
    # stub: pad = None
    # stub: n_H = None
    # stub: n_W = None
    # stub: Z = None
    # stub: # A_prev_pad = zero_pad(...)                  pad once, before the loops
    # stub: # for i in range(m):                          every example
    # stub: #     for h in range(n_H):                    output rows: vert_start = h * stride
    # stub: #         for w in range(n_W):                every output column
    # stub: #             for c in range(n_C):            every filter
    # stub: #                 Z[i, h, w, c] = conv_single_step(window, filter c, bias c)
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride = hparameters["stride"]
    pad = hparameters["pad"]
    n_H = int((n_H_prev - f + 2 * pad) / stride) + 1
    n_W = int((n_W_prev - f + 2 * pad) / stride) + 1
    Z = np.zeros((m, n_H, n_W, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    for i in range(m):
        a_prev_pad = A_prev_pad[i]
        for h in range(n_H):
            vert_start = h * stride
            vert_end = vert_start + f
            for w in range(n_W):
                horiz_start = w * stride
                horiz_end = horiz_start + f
                for c in range(n_C):
                    a_slice_prev = a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]
                    weights = W[:, :, :, c]
                    biases = b[:, :, :, c]
                    Z[i, h, w, c] = conv_single_step(a_slice_prev, weights, biases)
    # YOUR CODE ENDS HERE
    cache = (A_prev, W, b, hparameters)
    return Z, cache


def pool_forward(A_prev, hparameters, mode="max"):
    """The forward pass of a pooling layer (no padding).

    Arguments:
    A_prev -- input data, of shape (m, n_H_prev, n_W_prev, n_C_prev)
    hparameters -- python dictionary with the integers "f" and "stride"
    mode -- "max" or "average"

    Returns:
    A -- the pooled output, of shape (m, n_H, n_W, n_C) with n_C = n_C_prev
    cache -- (A_prev, hparameters), kept for pool_backward
    """
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    f = hparameters["f"]
    stride = hparameters["stride"]
    # YOUR CODE STARTS HERE
    # stub: n_H = None
    # stub: n_W = None
    # stub: n_C = None
    # stub: A = None
    # stub: # loop over i, h, w and c as in conv_forward; the window is ONE channel c of
    # stub: # A_prev[i]; A[i, h, w, c] = its max (mode "max") or its mean (mode "average")
    n_H = int(1 + (n_H_prev - f) / stride)
    n_W = int(1 + (n_W_prev - f) / stride)
    n_C = n_C_prev
    A = np.zeros((m, n_H, n_W, n_C))
    for i in range(m):
        for h in range(n_H):
            vert_start = h * stride
            vert_end = vert_start + f
            for w in range(n_W):
                horiz_start = w * stride
                horiz_end = horiz_start + f
                for c in range(n_C):
                    a_prev_slice = A_prev[i, vert_start:vert_end, horiz_start:horiz_end, c]
                    if mode == "max":
                        A[i, h, w, c] = np.max(a_prev_slice)
                    elif mode == "average":
                        A[i, h, w, c] = np.mean(a_prev_slice)
    # YOUR CODE ENDS HERE
    cache = (A_prev, hparameters)
    return A, cache


def conv_backward(dZ, cache):
    """The backward pass of a convolution layer (optional in the course, graded here).

    Arguments:
    dZ -- gradient of the cost with respect to the conv output Z, of shape (m, n_H, n_W, n_C)
    cache -- (A_prev, W, b, hparameters), the cache of conv_forward

    Returns:
    dA_prev -- gradient with respect to A_prev, of shape (m, n_H_prev, n_W_prev, n_C_prev)
    dW -- gradient with respect to W, of shape (f, f, n_C_prev, n_C)
    db -- gradient with respect to b, of shape (1, 1, 1, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: dA_prev = None
    # stub: dW = None
    # stub: db = None
    # stub: # unpack the cache and the shapes; dA_prev, dW, db start as zeros;
    # stub: # pad A_prev and dA_prev; loop over i, h, w, c and add the three contributions;
    # stub: # then cut the padding off each example's da_prev_pad
    (A_prev, W, b, hparameters) = cache
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride = hparameters["stride"]
    pad = hparameters["pad"]
    (m, n_H, n_W, n_C) = dZ.shape
    dA_prev = np.zeros((m, n_H_prev, n_W_prev, n_C_prev))
    dW = np.zeros((f, f, n_C_prev, n_C))
    db = np.zeros((1, 1, 1, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    dA_prev_pad = zero_pad(dA_prev, pad)
    for i in range(m):
        a_prev_pad = A_prev_pad[i]
        da_prev_pad = dA_prev_pad[i]
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C):
                    vert_start = h * stride
                    vert_end = vert_start + f
                    horiz_start = w * stride
                    horiz_end = horiz_start + f
                    a_slice = a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]
                    da_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :] += (
                        W[:, :, :, c] * dZ[i, h, w, c])
                    dW[:, :, :, c] += a_slice * dZ[i, h, w, c]
                    db[:, :, :, c] += dZ[i, h, w, c]
        dA_prev[i, :, :, :] = da_prev_pad[pad:pad + n_H_prev, pad:pad + n_W_prev, :]
    # YOUR CODE ENDS HERE
    return dA_prev, dW, db


def create_mask_from_window(x):
    """A mask that is True exactly where x holds its maximum.

    Arguments:
    x -- array of shape (f, f) (any 2-D shape works)

    Returns:
    mask -- array of the same shape as x, True at the position of the maximum of x
    """
    # YOUR CODE STARTS HERE
    # stub: mask = None
    mask = x == np.max(x)
    # YOUR CODE ENDS HERE
    return mask


def distribute_value(dz, shape):
    """Spread the number dz evenly over a matrix of the given shape.

    Arguments:
    dz -- a scalar, the gradient of one output of an average-pooling layer
    shape -- (n_H, n_W), the shape of the window it came from

    Returns:
    a -- array of shape (n_H, n_W) whose entries are all equal and sum to dz
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    (n_H, n_W) = shape
    average = dz / (n_H * n_W)
    a = np.ones(shape) * average
    # YOUR CODE ENDS HERE
    return a


def pool_backward(dA, cache, mode="max"):
    """The backward pass of a pooling layer (optional in the course, graded here).

    Arguments:
    dA -- gradient of the cost with respect to the pooling output, of shape (m, n_H, n_W, n_C)
    cache -- (A_prev, hparameters), the cache of pool_forward
    mode -- "max" or "average"

    Returns:
    dA_prev -- gradient with respect to the pooling input, same shape as A_prev
    """
    # YOUR CODE STARTS HERE
    # stub: dA_prev = None
    # stub: # unpack the cache; dA_prev starts as zeros of A_prev's shape; loop over the
    # stub: # positions (i, h, w, c) of dA and ADD each dA[i, h, w, c] back into its window:
    # stub: # through create_mask_from_window (max) or distribute_value (average)
    (A_prev, hparameters) = cache
    stride = hparameters["stride"]
    f = hparameters["f"]
    (m, n_H, n_W, n_C) = dA.shape
    dA_prev = np.zeros(A_prev.shape)
    for i in range(m):
        a_prev = A_prev[i]
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C):
                    vert_start = h * stride
                    vert_end = vert_start + f
                    horiz_start = w * stride
                    horiz_end = horiz_start + f
                    if mode == "max":
                        a_prev_slice = a_prev[vert_start:vert_end, horiz_start:horiz_end, c]
                        mask = create_mask_from_window(a_prev_slice)
                        dA_prev[i, vert_start:vert_end, horiz_start:horiz_end, c] += (
                            mask * dA[i, h, w, c])
                    elif mode == "average":
                        da = dA[i, h, w, c]
                        dA_prev[i, vert_start:vert_end, horiz_start:horiz_end, c] += (
                            distribute_value(da, (f, f)))
    # YOUR CODE ENDS HERE
    return dA_prev
