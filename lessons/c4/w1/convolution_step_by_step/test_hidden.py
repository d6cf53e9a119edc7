"""Hidden tests: fresh shapes, strides, pads and seeds, compared with the reference solution,
with an independent vectorized convolution and pooling, and with numerical gradients."""

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view

import submission as sub
from engine.testkit import expect, reference

# (m, n_H_prev, n_W_prev, n_C_prev, f, n_C, pad, stride): never square, and several of them
# make (n - f + 2 pad) / stride a fraction, so the floor in the size formula matters.
CONV_CASES = [
    (2, 5, 7, 4, 3, 3, 1, 2),
    (1, 6, 5, 2, 2, 3, 0, 1),
    (2, 7, 6, 3, 3, 2, 2, 3),
    (1, 6, 9, 2, 3, 2, 1, 2),
    (2, 4, 5, 1, 4, 2, 0, 1),
]
# (m, n_H_prev, n_W_prev, n_C, f, stride)
POOL_CASES = [
    (2, 5, 7, 3, 3, 2),
    (1, 6, 5, 2, 2, 1),
    (2, 7, 6, 2, 3, 3),
    (1, 8, 5, 3, 2, 2),
    (1, 5, 6, 2, 4, 1),
]
SEEDS = [2, 11]


def conv_independent(A_prev, W, b, stride, pad):
    """The same convolution written with sliding windows and one einsum (no loops)."""
    f = W.shape[0]
    padded = np.pad(A_prev, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
    windows = sliding_window_view(padded, (f, f), axis=(1, 2))[:, ::stride, ::stride]
    return np.einsum("mhwcij,ijcd->mhwd", windows, W) + b


def pool_independent(A_prev, f, stride, mode):
    windows = sliding_window_view(A_prev, (f, f), axis=(1, 2))[:, ::stride, ::stride]
    return windows.max(axis=(-2, -1)) if mode == "max" else windows.mean(axis=(-2, -1))


def conv_problem(seed, m, n_H, n_W, n_C_prev, f, n_C):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(m, n_H, n_W, n_C_prev)), rng.normal(size=(f, f, n_C_prev, n_C)),
            rng.normal(size=(1, 1, 1, n_C)))


# ---------------------------------------------------------------------------- zero_pad

@pytest.mark.parametrize("shape, pad", [((3, 4, 2, 5), 2), ((2, 3, 5, 1), 1), ((1, 2, 2, 3), 4)])
def test_zero_pad_matches(shape, pad):
    """Pad ONLY the height and width axes (axes 1 and 2), pad zeros on each side:
    np.pad(X, ((0, 0), (pad, pad), (pad, pad), (0, 0)), mode="constant")."""
    X = np.random.default_rng(pad).normal(size=shape)
    m, n_H, n_W, n_C = shape
    expected = np.zeros((m, n_H + 2 * pad, n_W + 2 * pad, n_C))
    expected[:, pad:pad + n_H, pad:pad + n_W, :] = X
    expect(sub.zero_pad(X.copy(), pad), expected, f"zero_pad(X of shape {shape}, {pad})")


def test_zero_pad_keeps_batch_and_channels():
    """The number of examples (axis 0) and of channels (axis 3) must not change: only the
    picture gets a frame."""
    X_pad = sub.zero_pad(np.ones((5, 4, 4, 3)), 2)
    assert np.shape(X_pad) == (5, 8, 8, 3), (
        f"zero_pad(X (5, 4, 4, 3), 2) has shape {np.shape(X_pad)}: only axes 1 and 2 grow")


def test_zero_pad_pad_zero_is_identity():
    """With pad = 0 nothing is added: the result equals the input."""
    X = np.random.default_rng(5).normal(size=(2, 3, 4, 2))
    expect(sub.zero_pad(X.copy(), 0), X, "zero_pad(X, 0)")


# -------------------------------------------------------------------- conv_single_step

@pytest.mark.parametrize("seed", [0, 7, 21])
@pytest.mark.parametrize("f, n_C", [(2, 1), (3, 4), (5, 2)])
def test_conv_single_step_matches(seed, f, n_C):
    """Multiply the window and the filter ELEMENT-WISE, add up ALL the products with np.sum,
    then add the bias once: Z = sum(a_slice_prev * W) + b."""
    rng = np.random.default_rng(seed)
    a, W = rng.normal(size=(f, f, n_C)), rng.normal(size=(f, f, n_C))
    b = rng.normal(size=(1, 1, 1))
    expected = float(np.sum(a * W) + b.item())
    expect(sub.conv_single_step(a.copy(), W.copy(), b.copy()), expected,
           f"conv_single_step on a {(f, f, n_C)} window")


def test_conv_single_step_returns_a_float():
    """Return a scalar, not a (1, 1, 1) array: b has shape (1, 1, 1), so turn it into a number
    (float(b) or np.squeeze(b)) before adding it to the sum."""
    rng = np.random.default_rng(3)
    Z = sub.conv_single_step(rng.normal(size=(3, 3, 2)), rng.normal(size=(3, 3, 2)),
                             rng.normal(size=(1, 1, 1)))
    assert isinstance(Z, float) and np.ndim(Z) == 0, (
        f"conv_single_step returned {type(Z).__name__} of shape {np.shape(Z)}, not a float")


def test_conv_single_step_bias_added_once():
    """A window of zeros gives exactly the bias: the bias is added once, after the sum, not
    to each of the f * f * n_C products."""
    Z = sub.conv_single_step(np.zeros((3, 3, 2)), np.ones((3, 3, 2)), np.array([[[1.5]]]))
    expect(float(np.squeeze(Z)), 1.5, "conv_single_step(zeros, ones, b = 1.5)")


# ------------------------------------------------------------------------- conv_forward

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m, n_H, n_W, n_C_prev, f, n_C, pad, stride", CONV_CASES)
def test_conv_forward_matches(seed, m, n_H, n_W, n_C_prev, f, n_C, pad, stride):
    """Pad first; window (h, w) starts at row h * stride and column w * stride and is f wide;
    n_H = floor((n_H_prev - f + 2 pad) / stride) + 1; filter c uses W[:, :, :, c] and
    b[:, :, :, c]; the filter is not flipped."""
    A_prev, W, b = conv_problem(seed, m, n_H, n_W, n_C_prev, f, n_C)
    hparameters = {"pad": pad, "stride": stride}
    expected = conv_independent(A_prev, W, b, stride, pad)
    Z, cache = sub.conv_forward(A_prev.copy(), W.copy(), b.copy(), dict(hparameters))
    expect(Z, expected, f"Z for A_prev {A_prev.shape}, W {W.shape}, pad {pad}, stride {stride}")
    expect(Z, reference().conv_forward(A_prev, W, b, hparameters)[0], "Z against the reference")
    assert isinstance(cache, tuple) and len(cache) == 4, "cache is (A_prev, W, b, hparameters)"
    expect(cache[0], A_prev, "cache[0] (A_prev, unpadded)")


@pytest.mark.parametrize("n_H, n_W, f, pad, stride, out", [
    (5, 7, 3, 3, 1, (9, 11)), (5, 7, 3, 0, 2, (2, 3)), (5, 7, 3, 6, 1, (15, 17)),
    (8, 6, 3, 1, 3, (3, 2)), (7, 10, 2, 0, 2, (3, 5)), (6, 6, 5, 2, 4, (2, 2))])
def test_conv_forward_output_shape(n_H, n_W, f, pad, stride, out):
    """n_H = floor((n_H_prev - f + 2 * pad) / stride) + 1, the same for n_W: round DOWN, and
    do not forget the + 1."""
    A_prev, W, b = conv_problem(1, 1, n_H, n_W, 1, f, 1)
    Z, _ = sub.conv_forward(A_prev, W, b, {"pad": pad, "stride": stride})
    assert np.shape(Z) == (1, *out, 1), (
        f"A_prev (1, {n_H}, {n_W}, 1), f {f}, pad {pad}, stride {stride}: Z has shape "
        f"{np.shape(Z)}")


def test_conv_forward_filter_not_flipped():
    """Deep learning's 'convolution' slides the filter as it is (cross-correlation): a single
    bright pixel in the middle of the image shows the filter back, upside down and mirrored
    only if the filter was flipped. Use W[:, :, :, c] directly."""
    image = np.zeros((1, 5, 5, 1))
    image[0, 2, 2, 0] = 1.0
    W = np.arange(1.0, 10.0).reshape(3, 3, 1, 1)
    Z, _ = sub.conv_forward(image, W, np.zeros((1, 1, 1, 1)), {"pad": 0, "stride": 1})
    expect(Z[0, :, :, 0], W[::-1, ::-1, 0, 0], "Z for one bright pixel (the filter seen "
           "through the pixel: flipped exactly once by the sliding)")


def test_conv_forward_bias_per_channel():
    """A black image gives Z = b for every position: filter c adds its own bias b[:, :, :, c]."""
    b = np.array([0.5, -1.0, 2.0]).reshape(1, 1, 1, 3)
    W = np.random.default_rng(4).normal(size=(2, 2, 2, 3))
    Z, _ = sub.conv_forward(np.zeros((1, 4, 3, 2)), W, b, {"pad": 0, "stride": 1})
    expect(Z, np.broadcast_to(b, (1, 3, 2, 3)).copy(), "Z for an all-zero image")


def test_conv_forward_leaves_inputs_alone():
    """conv_forward must not change A_prev, W, b or hparameters (pad into a new array)."""
    A_prev, W, b = conv_problem(9, 2, 5, 4, 2, 3, 2)
    copies = [A_prev.copy(), W.copy(), b.copy()]
    hparameters = {"pad": 1, "stride": 1}
    sub.conv_forward(A_prev, W, b, hparameters)
    for name, before, after in zip(("A_prev", "W", "b"), copies, (A_prev, W, b), strict=True):
        expect(after, before, f"{name} after conv_forward")
    assert hparameters == {"pad": 1, "stride": 1}, "conv_forward changed hparameters"


# ------------------------------------------------------------------------- pool_forward

@pytest.mark.parametrize("mode", ["max", "average"])
@pytest.mark.parametrize("m, n_H, n_W, n_C, f, stride", POOL_CASES)
def test_pool_forward_matches(mode, m, n_H, n_W, n_C, f, stride):
    """Window (h, w) covers rows h * stride ... h * stride + f - 1 (same for columns) of ONE
    channel c: A[i, h, w, c] = max (or mean) of A_prev[i, rows, cols, c]. Output size
    floor((n_prev - f) / stride) + 1; the number of channels is unchanged."""
    A_prev = np.random.default_rng(f * 10 + stride).normal(size=(m, n_H, n_W, n_C))
    hparameters = {"f": f, "stride": stride}
    expected = pool_independent(A_prev, f, stride, mode)
    A, cache = sub.pool_forward(A_prev.copy(), dict(hparameters), mode=mode)
    expect(A, expected, f"{mode} pooling of A_prev {A_prev.shape}, f {f}, stride {stride}")
    expect(A, reference().pool_forward(A_prev, hparameters, mode)[0], "A against the reference")
    assert isinstance(cache, tuple) and len(cache) == 2, "cache is (A_prev, hparameters)"


def test_pool_forward_channels_stay_separate():
    """Each channel is pooled on its own: slice A_prev[i, rows, cols, c], not all channels at
    once (a max over all channels copies the loudest channel everywhere)."""
    A_prev = np.zeros((1, 4, 4, 2))
    A_prev[..., 0] = np.arange(16.0).reshape(4, 4)
    A_prev[..., 1] = -np.arange(16.0).reshape(4, 4) * 100
    for mode in ("max", "average"):
        A, _ = sub.pool_forward(A_prev, {"f": 2, "stride": 2}, mode=mode)
        expect(A, pool_independent(A_prev, 2, 2, mode), f"{mode} pooling, two channels")


def test_pool_forward_average_divides_by_window_size():
    """Average pooling divides the window's sum by f * f, the number of values in it: a window
    of ones averages to 1."""
    A, _ = sub.pool_forward(np.ones((1, 6, 6, 1)), {"f": 3, "stride": 3}, mode="average")
    expect(A, np.ones((1, 2, 2, 1)), "average pooling of an image of ones")


# ------------------------------------------------------------------------ conv_backward

def numerical_conv_gradients(A_prev, W, b, dZ, stride, pad, eps=1e-6):
    """Slopes of L = sum(Z * dZ) by central differences: the gradients conv_backward gives."""
    def loss(A_, W_, b_):
        return float(np.sum(conv_independent(A_, W_, b_, stride, pad) * dZ))

    grads = []
    for k, array in enumerate((A_prev, W, b)):
        numeric = np.zeros_like(array)
        for index in np.ndindex(array.shape):
            args_plus = [A_prev.copy(), W.copy(), b.copy()]
            args_minus = [A_prev.copy(), W.copy(), b.copy()]
            args_plus[k][index] += eps
            args_minus[k][index] -= eps
            numeric[index] = (loss(*args_plus) - loss(*args_minus)) / (2 * eps)
        grads.append(numeric)
    return grads


@pytest.mark.parametrize("m, n_H, n_W, n_C_prev, f, n_C, pad, stride", CONV_CASES[:4])
def test_conv_backward_matches_numerical_gradient(m, n_H, n_W, n_C_prev, f, n_C, pad, stride):
    """Each gradient is the slope of the cost. For every output (i, h, w, c): add
    W[:, :, :, c] * dZ[i, h, w, c] into the PADDED dA window, add the padded input window *
    dZ[i, h, w, c] into dW[:, :, :, c], add dZ[i, h, w, c] to db[:, :, :, c]; finally cut the
    padding off dA."""
    A_prev, W, b = conv_problem(m + n_H, m, n_H, n_W, n_C_prev, f, n_C)
    n_H_out = (n_H - f + 2 * pad) // stride + 1
    n_W_out = (n_W - f + 2 * pad) // stride + 1
    dZ = np.random.default_rng(n_W).normal(size=(m, n_H_out, n_W_out, n_C))
    numeric = numerical_conv_gradients(A_prev, W, b, dZ, stride, pad)
    cache = (A_prev.copy(), W.copy(), b.copy(), {"pad": pad, "stride": stride})
    mine = sub.conv_backward(dZ.copy(), cache)
    assert isinstance(mine, tuple) and len(mine) == 3, "return the tuple (dA_prev, dW, db)"
    for name, got, want in zip(("dA_prev", "dW", "db"), mine, numeric, strict=True):
        expect(got, want, f"{name} against the numerical slope (pad {pad}, stride {stride})",
               rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m, n_H, n_W, n_C_prev, f, n_C, pad, stride", CONV_CASES)
def test_conv_backward_matches(seed, m, n_H, n_W, n_C_prev, f, n_C, pad, stride):
    """Accumulate with += (windows overlap, and every example and channel adds to dW and db);
    use h * stride for the window start; dA_prev[i] is da_prev_pad without its border of
    width pad (mind pad = 0: slicing pad:-pad is then EMPTY)."""
    A_prev, W, b = conv_problem(seed, m, n_H, n_W, n_C_prev, f, n_C)
    hparameters = {"pad": pad, "stride": stride}
    Z, cache = reference().conv_forward(A_prev, W, b, hparameters)
    dZ = np.random.default_rng(seed + 1).normal(size=Z.shape)
    expected = reference().conv_backward(dZ.copy(), cache)
    mine = sub.conv_backward(dZ.copy(), (A_prev.copy(), W.copy(), b.copy(), dict(hparameters)))
    expect(mine, expected, f"conv_backward (A_prev {A_prev.shape}, pad {pad}, stride {stride})")


def test_conv_backward_without_padding():
    """With pad = 0, dA_prev is all of da_prev_pad: the slice pad:-pad would be empty, so
    cut with pad:pad + n_H_prev (or skip the cut when pad is 0)."""
    A_prev, W, b = conv_problem(6, 1, 4, 5, 2, 2, 2)
    dZ = np.random.default_rng(6).normal(size=(1, 3, 4, 2))
    cache = (A_prev, W, b, {"pad": 0, "stride": 1})
    numeric = numerical_conv_gradients(A_prev, W, b, dZ, 1, 0)
    expect(sub.conv_backward(dZ, cache)[0], numeric[0], "dA_prev with pad 0", rtol=1e-4,
           atol=1e-6)


# ---------------------------------------------------------------- create_mask_from_window

@pytest.mark.parametrize("shape", [(2, 3), (3, 2), (4, 4), (1, 5), (3, 3)])
def test_create_mask_from_window_matches(shape):
    """The mask is x == np.max(x): True exactly at the position of the largest value of the
    WHOLE window (not of each column), same shape as x."""
    x = np.random.default_rng(sum(shape)).normal(size=shape)
    expected = (x == x.max()).astype(float)
    mask = sub.create_mask_from_window(x.copy())
    assert np.shape(mask) == shape, f"the mask has shape {np.shape(mask)}, x has shape {shape}"
    expect(np.asarray(mask, dtype=float), expected, f"mask for a {shape} window (True as 1)")


def test_create_mask_from_window_negative_values():
    """The maximum of an all-negative window is its value closest to zero; exactly one True."""
    x = np.array([[-5.0, -0.5, -3.0], [-2.0, -4.0, -1.0]])
    mask = np.asarray(sub.create_mask_from_window(x), dtype=float)
    expect(mask, np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]), "mask of an all-negative window")


# --------------------------------------------------------------------- distribute_value

@pytest.mark.parametrize("dz, shape", [(3.0, (2, 3)), (-1.2, (3, 2)), (8.0, (4, 4)),
                                       (5.0, (1, 5)), (0.9, (3, 3))])
def test_distribute_value_matches(dz, shape):
    """Average pooling gave every one of the n_H * n_W inputs the same weight 1 / (n_H * n_W),
    so each gets dz / (n_H * n_W): a full matrix of that shape."""
    expected = np.full(shape, dz / (shape[0] * shape[1]))
    expect(sub.distribute_value(dz, shape), expected, f"distribute_value({dz}, {shape})")


def test_distribute_value_adds_up_to_dz():
    """The pieces must add back up to dz: nothing is lost and nothing is counted twice."""
    a = sub.distribute_value(7.0, (2, 5))
    expect(float(np.sum(a)), 7.0, "np.sum(distribute_value(7, (2, 5)))")


# ------------------------------------------------------------------------ pool_backward

def numerical_pool_gradient(A_prev, dA, f, stride, mode, eps=1e-6):
    numeric = np.zeros_like(A_prev)
    for index in np.ndindex(A_prev.shape):
        plus, minus = A_prev.copy(), A_prev.copy()
        plus[index] += eps
        minus[index] -= eps
        numeric[index] = (np.sum(pool_independent(plus, f, stride, mode) * dA)
                          - np.sum(pool_independent(minus, f, stride, mode) * dA)) / (2 * eps)
    return numeric


@pytest.mark.parametrize("mode", ["max", "average"])
@pytest.mark.parametrize("m, n_H, n_W, n_C, f, stride", POOL_CASES)
def test_pool_backward_matches_numerical_gradient(mode, m, n_H, n_W, n_C, f, stride):
    """Max: only the window's largest input gets dA[i, h, w, c] (create_mask_from_window on
    ONE channel's window). Average: every input gets dA / (f * f) (distribute_value with
    shape (f, f)). Windows overlap when stride < f, so ADD into dA_prev with +=."""
    A_prev = np.random.default_rng(n_H * n_W + f).normal(size=(m, n_H, n_W, n_C))
    dA = np.random.default_rng(stride).normal(size=pool_independent(A_prev, f, stride,
                                                                    mode).shape)
    numeric = numerical_pool_gradient(A_prev, dA, f, stride, mode)
    cache = (A_prev.copy(), {"f": f, "stride": stride})
    expect(sub.pool_backward(dA.copy(), cache, mode=mode), numeric,
           f"dA_prev against the numerical slope ({mode}, f {f}, stride {stride})",
           rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("mode", ["max", "average"])
@pytest.mark.parametrize("m, n_H, n_W, n_C, f, stride", POOL_CASES[:3])
def test_pool_backward_matches(seed, mode, m, n_H, n_W, n_C, f, stride):
    """Loop over dA's positions (i, h, w, c); the window starts at h * stride and w * stride;
    the gradient you route is dA[i, h, w, c] (indexed by h and w, not by the window start)."""
    A_prev = np.random.default_rng(seed).normal(size=(m, n_H, n_W, n_C))
    hparameters = {"f": f, "stride": stride}
    A, cache = reference().pool_forward(A_prev, hparameters, mode)
    dA = np.random.default_rng(seed + 5).normal(size=A.shape)
    expected = reference().pool_backward(dA.copy(), cache, mode)
    mine = sub.pool_backward(dA.copy(), (A_prev.copy(), dict(hparameters)), mode=mode)
    expect(mine, expected, f"pool_backward ({mode}, A_prev {A_prev.shape}, f {f}, "
           f"stride {stride})")


def test_pool_backward_leaves_inputs_alone():
    """pool_backward builds a fresh dA_prev of zeros; it must not write into A_prev or dA."""
    A_prev = np.random.default_rng(8).normal(size=(1, 4, 4, 2))
    dA = np.random.default_rng(9).normal(size=(1, 3, 3, 2))
    copies = (A_prev.copy(), dA.copy())
    sub.pool_backward(dA, (A_prev, {"f": 2, "stride": 1}), mode="max")
    expect(A_prev, copies[0], "A_prev after pool_backward")
    expect(dA, copies[1], "dA after pool_backward")
