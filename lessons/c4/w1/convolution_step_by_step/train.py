"""A live demo of the learner's convolution and pooling layers on real photos.

Nothing is trained: the filters are set by hand. A few 64 x 64 x 3 photos from the course's
image set go through the learner's conv_forward with three filters (vertical edges, horizontal
edges, a blur), once with pad 1 and stride 1 ("same" size) and once with pad 0 and stride 2;
then a ReLU and the learner's pool_forward (max and average, f 2, stride 2). Every picture is
shown with its shape, and the log spells out the size arithmetic n = floor((n_prev - f + 2 pad)
/ stride) + 1 next to the shape the learner's functions returned.
"""

from __future__ import annotations

import time

import numpy as np

from data.fashion_shirts import load_dataset

N_IMAGES = 4
FILTER_NAMES = ("vertical edges", "horizontal edges", "blur")


def make_filters():
    """W (3, 3, 3, 3) and b (1, 1, 1, 3): the lecture's edge detectors and a 3 x 3 box blur.

    The photos are grey repeated over R, G and B, so each filter spreads its weights equally
    over the three input channels (a third each): the response is that of the grey picture.
    """
    vertical = np.array([[1.0, 0.0, -1.0],
                         [1.0, 0.0, -1.0],
                         [1.0, 0.0, -1.0]])
    horizontal = vertical.T
    blur = np.full((3, 3), 1.0 / 9.0)
    W = np.zeros((3, 3, 3, 3))
    for c, kernel in enumerate((vertical, horizontal, blur)):
        W[:, :, :, c] = kernel[:, :, None] / 3.0
    return W, np.zeros((1, 1, 1, 3))


def signed_to_uint8(maps):
    """Signed maps (n, h, w) to grey pictures: 0 is mid-grey, the strongest response of each
    picture is black (negative) or white (positive)."""
    maps = np.asarray(maps, dtype=float)
    scale = np.abs(maps).reshape(len(maps), -1).max(axis=1)[:, None, None]
    scale[scale == 0] = 1.0
    return np.clip(np.rint(127.5 + 127.5 * maps / scale), 0, 255).astype(np.uint8)


def range_to_uint8(maps):
    """Maps (n, h, w) stretched to 0..255 picture by picture (min black, max white)."""
    maps = np.asarray(maps, dtype=float)
    flat = maps.reshape(len(maps), -1)
    low = flat.min(axis=1)[:, None, None]
    span = (flat.max(axis=1) - flat.min(axis=1))[:, None, None]
    span[span == 0] = 1.0
    return np.clip(np.rint(255 * (maps - low) / span), 0, 255).astype(np.uint8)


def out_size(n_prev, f, pad, stride):
    return (n_prev - f + 2 * pad) // stride + 1


def checked(result, what, expected_shape, emit):
    """The array of the learner's (Z, cache) or (A, cache), with a clear error if it is not one."""
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError(f"your {what} should return a pair (output, cache), got "
                        f"{type(result).__name__}")
    out = result[0]
    if out is None:
        raise ValueError(f"your {what} returned None as its output: write the function first")
    out = np.asarray(out, dtype=float)
    if out.shape != expected_shape:
        emit.log(f"your {what} returned shape {out.shape}, but the formula gives "
                 f"{expected_shape}", "warning")
    return out


def run_conv(learner, emit, A_prev, W, b, pad, stride):
    m, n_H_prev, n_W_prev, _ = A_prev.shape
    f, n_C = W.shape[0], W.shape[3]
    n_H, n_W = out_size(n_H_prev, f, pad, stride), out_size(n_W_prev, f, pad, stride)
    emit.log(f"conv, f={f}, pad={pad}, stride={stride}: n_H = floor(({n_H_prev} - {f} + 2*{pad})"
             f" / {stride}) + 1 = {n_H}, n_W = floor(({n_W_prev} - {f} + 2*{pad}) / {stride}) + 1"
             f" = {n_W}  ->  Z {(m, n_H, n_W, n_C)}")
    start = time.monotonic()
    Z = checked(learner.conv_forward(A_prev, W, b, {"pad": pad, "stride": stride}),
                "conv_forward", (m, n_H, n_W, n_C), emit)
    seconds = time.monotonic() - start
    emit.log(f"your conv_forward returned Z of shape {Z.shape} in {seconds:.2f} s "
             f"({m * n_H * n_W * n_C:,} calls of conv_single_step)")
    return Z


def run_pool(learner, emit, A_prev, f, stride, mode):
    m, n_H_prev, n_W_prev, n_C = A_prev.shape
    n_H, n_W = out_size(n_H_prev, f, 0, stride), out_size(n_W_prev, f, 0, stride)
    emit.log(f"{mode} pool, f={f}, stride={stride}: n_H = floor(({n_H_prev} - {f}) / {stride})"
             f" + 1 = {n_H}, n_W = {n_W}, channels stay {n_C}  ->  A {(m, n_H, n_W, n_C)}")
    A = checked(learner.pool_forward(A_prev, {"f": f, "stride": stride}, mode=mode),
                f"pool_forward (mode={mode!r})", (m, n_H, n_W, n_C), emit)
    emit.log(f"your pool_forward ({mode}) returned A of shape {A.shape}")
    return A


def train(learner, emit, params):
    train_x, train_y, _, _, classes = load_dataset()
    first = int(params["image_index"])
    if not 0 <= first <= len(train_x) - N_IMAGES:
        raise ValueError(f"image_index must lie in 0..{len(train_x) - N_IMAGES}")
    picks = range(first, first + N_IMAGES)
    photos = train_x[first:first + N_IMAGES]
    names = [f"photo {k} ({classes[int(train_y[0, k])].decode()})" for k in picks]
    A_prev = photos.astype(float) / 255.0
    W, b = make_filters()
    total = 5
    emit.image("input photos", photos, [f"{name}: A_prev[{j}] of {A_prev.shape}"
                                        for j, name in enumerate(names)])
    for c, filter_name in enumerate(FILTER_NAMES):
        emit.heatmap(f"filter: {filter_name} (W[:, :, 0, {c}] x 3 channels)",
                     W[:, :, 0, c] * 3, ["row 0", "row 1", "row 2"],
                     ["col 0", "col 1", "col 2"])
    emit.log(f"input A_prev {A_prev.shape}: {N_IMAGES} photos of 64 x 64 pixels, 3 channels; "
             f"filters W {W.shape}, biases b {b.shape}")
    emit.progress(0, total)

    Z = run_conv(learner, emit, A_prev, W, b, pad=1, stride=1)
    emit.progress(1, total)
    for c, filter_name in enumerate(FILTER_NAMES):
        to_uint8 = range_to_uint8 if filter_name == "blur" else signed_to_uint8
        pictures = to_uint8(Z[..., c])
        emit.image(f"conv pad 1 stride 1: {filter_name}", pictures,
                   [f"{name}: Z[{j}, :, :, {c}] of Z {Z.shape}" for j, name in enumerate(names)])

    Z_strided = run_conv(learner, emit, A_prev, W, b, pad=0, stride=2)
    emit.progress(2, total)
    emit.image("conv pad 0 stride 2: vertical edges", signed_to_uint8(Z_strided[..., 0]),
               [f"{name}: Z[{j}, :, :, 0] of Z {Z_strided.shape}" for j, name in enumerate(names)])

    relu = np.maximum(Z, 0.0)
    emit.log("ReLU(Z) keeps the positive responses: bright-to-dark edges, left to right for "
             "the vertical filter and top to bottom for the horizontal one")
    pooled = {}
    for step, mode in ((3, "max"), (4, "average")):
        pooled[mode] = run_pool(learner, emit, relu, f=2, stride=2, mode=mode)
        emit.progress(step, total)
    # One brightness scale per picture for both modes (the max-pooled picture's brightest
    # value), so the average-pooled maps really look dimmer where the edges are thin.
    for c, filter_name in enumerate(FILTER_NAMES[:2]):
        scale = pooled["max"][..., c].reshape(N_IMAGES, -1).max(axis=1)[:, None, None]
        scale[scale == 0] = 1.0
        for mode, A in pooled.items():
            pictures = np.clip(np.rint(255 * A[..., c] / scale), 0, 255).astype(np.uint8)
            emit.image(f"{mode} pool f 2 stride 2 of ReLU({filter_name})", pictures,
                       [f"{name}: A[{j}, :, :, {c}] of A {A.shape}"
                        for j, name in enumerate(names)])
    shapes = {f"{mode}_pool_shape": list(A.shape) for mode, A in pooled.items()}
    emit.progress(total, total)
    emit.log("max pooling keeps the strongest edge of every 2 x 2 block (sharp, bright lines); "
             "average pooling keeps their mean (softer, dimmer lines)")
    return {"input_shape": list(A_prev.shape), "conv_same_shape": list(Z.shape),
            "conv_strided_shape": list(Z_strided.shape), **shapes,
            "images": [int(k) for k in picks]}
