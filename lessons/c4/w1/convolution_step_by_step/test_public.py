"""Public tests: shown to you, with the values they expect.

The small examples are the ones worked through in the explanation: a 2 x 3 picture padded by
one pixel, the 6 x 6 "half bright, half dark" image of the edge-detection lecture, a 4 x 4
grid of numbers for pooling, and a 3 x 3 picture with a 2 x 2 filter for the backward pass.
"""

import numpy as np

import submission as sub
from engine.testkit import expect

# The 6 x 6 image: left half 10, right half 0 (one example, one channel).
EDGE_IMAGE = np.zeros((1, 6, 6, 1))
EDGE_IMAGE[0, :, :3, 0] = 10.0
VERTICAL = np.array([[1.0, 0.0, -1.0]] * 3)
# Two filters side by side: a vertical edge detector (bias 0), a horizontal one (bias 1).
EDGE_W = np.stack([VERTICAL, VERTICAL.T], axis=-1).reshape(3, 3, 1, 2)
EDGE_B = np.array([0.0, 1.0]).reshape(1, 1, 1, 2)

POOL_INPUT = np.array([[1.0, 3.0, 2.0, 1.0],
                       [4.0, 6.0, 5.0, 0.0],
                       [3.0, 1.0, 1.0, 2.0],
                       [0.0, 2.0, 9.0, 4.0]]).reshape(1, 4, 4, 1)


def test_zero_pad_small_picture():
    X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]).reshape(1, 2, 3, 1)
    expected = np.array([[0.0, 0.0, 0.0, 0.0, 0.0],
                         [0.0, 1.0, 2.0, 3.0, 0.0],
                         [0.0, 4.0, 5.0, 6.0, 0.0],
                         [0.0, 0.0, 0.0, 0.0, 0.0]]).reshape(1, 4, 5, 1)
    expect(sub.zero_pad(X, 1), expected, "zero_pad(X of shape (1, 2, 3, 1), 1)")


def test_zero_pad_shape():
    np.random.seed(1)
    x = np.random.randn(4, 3, 3, 2)
    x_pad = sub.zero_pad(x, 3)
    assert x_pad.shape == (4, 9, 9, 2), f"zero_pad(x (4, 3, 3, 2), 3) has shape {x_pad.shape}"
    expect(x_pad[:, 3:6, 3:6, :], x, "the inside of x_pad (x_pad[:, 3:6, 3:6, :])")
    expect(x_pad[:, :3, :, :], np.zeros((4, 3, 9, 2)), "the top border (x_pad[:, :3, :, :])")


def test_conv_single_step_edge_patch():
    patch = np.array([[10.0, 10.0, 0.0]] * 3).reshape(3, 3, 1)
    Z = sub.conv_single_step(patch, VERTICAL.reshape(3, 3, 1), np.array([[[0.5]]]))
    assert isinstance(Z, float) and np.ndim(Z) == 0, (
        f"conv_single_step must return a float scalar, got {type(Z).__name__} "
        f"with shape {np.shape(Z)}")
    expect(Z, 30.5, "conv_single_step(patch, vertical filter, b = 0.5)")


def test_conv_single_step_random():
    np.random.seed(1)
    a_slice_prev = np.random.randn(4, 4, 3)
    W = np.random.randn(4, 4, 3)
    b = np.random.randn(1, 1, 1)
    expect(sub.conv_single_step(a_slice_prev, W, b), -6.999089450680221,
           "conv_single_step after np.random.seed(1)")


def test_conv_forward_vertical_edge():
    Z, cache = sub.conv_forward(EDGE_IMAGE, EDGE_W, EDGE_B, {"pad": 0, "stride": 1})
    expected = np.zeros((1, 4, 4, 2))
    expected[0, :, 1:3, 0] = 30.0
    expected[0, :, :, 1] = 1.0
    expect(Z, expected, "Z for the 6 x 6 edge image (pad 0, stride 1)")
    assert cache[0] is EDGE_IMAGE and cache[1] is EDGE_W and cache[2] is EDGE_B, (
        "cache should be the tuple (A_prev, W, b, hparameters)")


def test_conv_forward_pad_and_stride():
    Z, _ = sub.conv_forward(EDGE_IMAGE, EDGE_W, EDGE_B, {"pad": 1, "stride": 2})
    expected = np.array([[[-20.0, -19.0], [20.0, -19.0], [0.0, 1.0]],
                         [[-30.0, 1.0], [30.0, 1.0], [0.0, 1.0]],
                         [[-30.0, 1.0], [30.0, 1.0], [0.0, 1.0]]]).reshape(1, 3, 3, 2)
    expect(Z, expected, "Z for the edge image with pad 1, stride 2")


def test_conv_forward_random_batch():
    np.random.seed(3)
    A_prev = np.random.randn(2, 6, 7, 3)
    W = np.random.randn(3, 3, 3, 4)
    b = np.random.randn(1, 1, 1, 4)
    Z, _ = sub.conv_forward(A_prev, W, b, {"pad": 1, "stride": 2})
    assert np.shape(Z) == (2, 3, 4, 4), f"Z has shape {np.shape(Z)}, expected (2, 3, 4, 4)"
    expect(float(np.mean(Z)), 1.218998407063683, "np.mean(Z)")
    expect(Z[1, 2, 3, 0], -4.127659107465344, "Z[1, 2, 3, 0]")
    expect(Z[0, 0, 0, 3], 8.289774009839887, "Z[0, 0, 0, 3]")


def test_pool_forward_max_and_average():
    A, cache = sub.pool_forward(POOL_INPUT, {"f": 2, "stride": 2}, mode="max")
    expect(A, np.array([[6.0, 5.0], [3.0, 9.0]]).reshape(1, 2, 2, 1), "max pooling, f 2, stride 2")
    A, _ = sub.pool_forward(POOL_INPUT, {"f": 2, "stride": 2}, mode="average")
    expect(A, np.array([[3.5, 2.0], [1.5, 4.0]]).reshape(1, 2, 2, 1),
           "average pooling, f 2, stride 2")
    assert cache[0] is POOL_INPUT, "cache should be the tuple (A_prev, hparameters)"


def test_pool_forward_overlapping_windows():
    A, _ = sub.pool_forward(POOL_INPUT, {"f": 3, "stride": 1}, mode="max")
    expect(A, np.array([[6.0, 6.0], [9.0, 9.0]]).reshape(1, 2, 2, 1), "max pooling, f 3, stride 1")
    A, _ = sub.pool_forward(POOL_INPUT, {"f": 3, "stride": 1}, mode="average")
    expect(A, np.array([[26 / 9, 21 / 9], [31 / 9, 30 / 9]]).reshape(1, 2, 2, 1),
           "average pooling, f 3, stride 1")


def test_pool_forward_shapes():
    np.random.seed(1)
    A_prev = np.random.randn(2, 5, 5, 3)
    for stride, shape in ((1, (2, 3, 3, 3)), (2, (2, 2, 2, 3))):
        for mode in ("max", "average"):
            A, _ = sub.pool_forward(A_prev, {"f": 3, "stride": stride}, mode=mode)
            assert np.shape(A) == shape, (
                f"{mode} pooling with f 3, stride {stride}: shape {np.shape(A)}, expected {shape}")


def test_conv_backward_small_example():
    A_prev = np.arange(1.0, 10.0).reshape(1, 3, 3, 1)
    W = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(2, 2, 1, 1)
    cache = (A_prev, W, np.zeros((1, 1, 1, 1)), {"pad": 0, "stride": 1})
    dA_prev, dW, db = sub.conv_backward(np.ones((1, 2, 2, 1)), cache)
    expected = np.array([[1.0, 3.0, 2.0], [4.0, 10.0, 6.0], [3.0, 7.0, 4.0]])
    expect(dA_prev, expected.reshape(1, 3, 3, 1), "dA_prev")
    expect(dW, np.array([[12.0, 16.0], [24.0, 28.0]]).reshape(2, 2, 1, 1), "dW")
    expect(db, np.array([4.0]).reshape(1, 1, 1, 1), "db")


def test_conv_backward_random_batch():
    np.random.seed(3)
    A_prev = np.random.randn(2, 6, 7, 3)
    W = np.random.randn(3, 3, 3, 4)
    b = np.random.randn(1, 1, 1, 4)
    dZ = np.random.randn(2, 3, 4, 4)
    cache = (A_prev, W, b, {"pad": 1, "stride": 2})
    dA_prev, dW, db = sub.conv_backward(dZ, cache)
    assert np.shape(dA_prev) == (2, 6, 7, 3), f"dA_prev has shape {np.shape(dA_prev)}"
    assert np.shape(dW) == (3, 3, 3, 4), f"dW has shape {np.shape(dW)}"
    assert np.shape(db) == (1, 1, 1, 4), f"db has shape {np.shape(db)}, expected (1, 1, 1, 4)"
    expect(dA_prev[1, 5, 6, 2], 4.636109466349888, "dA_prev[1, 5, 6, 2]")
    expect(dW[2, 0, 1, 3], -0.14003541782010842, "dW[2, 0, 1, 3]")
    expect(float(np.mean(dW)), 0.16966177251022357, "np.mean(dW)")
    expect(float(np.mean(db)), 0.9475157494552007, "np.mean(db)")


def test_create_mask_from_window_example():
    mask = sub.create_mask_from_window(np.array([[1.0, 3.0], [4.0, 2.0]]))
    expect(np.asarray(mask, dtype=float), np.array([[0.0, 0.0], [1.0, 0.0]]),
           "create_mask_from_window([[1, 3], [4, 2]]) (True counted as 1)")


def test_distribute_value_examples():
    expect(sub.distribute_value(2.0, (2, 2)), np.full((2, 2), 0.5), "distribute_value(2, (2, 2))")
    expect(sub.distribute_value(6.0, (2, 3)), np.ones((2, 3)), "distribute_value(6, (2, 3))")


def test_pool_backward_max_example():
    cache = (POOL_INPUT, {"f": 2, "stride": 2})
    dA = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 2, 2, 1)
    expected = np.array([[0.0, 0.0, 0.0, 0.0],
                         [0.0, 1.0, 2.0, 0.0],
                         [3.0, 0.0, 0.0, 0.0],
                         [0.0, 0.0, 4.0, 0.0]]).reshape(1, 4, 4, 1)
    expect(sub.pool_backward(dA, cache, mode="max"), expected, "pool_backward, max mode")


def test_pool_backward_average_example():
    cache = (POOL_INPUT, {"f": 2, "stride": 2})
    dA = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 2, 2, 1)
    expected = np.array([[0.25, 0.25, 0.5, 0.5],
                         [0.25, 0.25, 0.5, 0.5],
                         [0.75, 0.75, 1.0, 1.0],
                         [0.75, 0.75, 1.0, 1.0]]).reshape(1, 4, 4, 1)
    expect(sub.pool_backward(dA, cache, mode="average"), expected, "pool_backward, average mode")


def test_pool_backward_overlapping_max():
    cache = (POOL_INPUT, {"f": 3, "stride": 1})
    expected = np.zeros((1, 4, 4, 1))
    expected[0, 1, 1, 0] = 2.0
    expected[0, 3, 2, 0] = 2.0
    expect(sub.pool_backward(np.ones((1, 2, 2, 1)), cache, mode="max"), expected,
           "pool_backward with overlapping windows (f 3, stride 1), max mode")
