"""Public tests: the worked example of the explanation, layer_dims = [4, 8, 8, 1]."""

import submission as sub
from engine.testkit import expect

DIMS = [4, 8, 8, 1]


def test_init_scales_he():
    expect(sub.init_scales(DIMS, "relu"), [0.70710678, 0.5, 0.5], "init_scales(dims, 'relu')")


def test_init_scales_xavier():
    expect(sub.init_scales(DIMS, "tanh"), [0.5, 0.35355339, 0.35355339],
           "init_scales(dims, 'tanh')")


def test_forward_variances_he_keeps_the_signal():
    expect(sub.forward_variances(DIMS, [0.70710678118, 0.5, 0.5], "relu"), [2.0, 2.0, 2.0],
           "forward_variances(dims, He scales, 'relu')")


def test_forward_variances_too_large_and_too_small():
    expect(sub.forward_variances(DIMS, [1.0, 1.0, 1.0], "relu"), [4.0, 16.0, 64.0],
           "forward_variances(dims, [1, 1, 1], 'relu')")
    expect(sub.forward_variances(DIMS, [0.01, 0.01, 0.01], "relu"), [4e-4, 1.6e-7, 6.4e-11],
           "forward_variances(dims, [0.01, 0.01, 0.01], 'relu')", atol=0)


def test_forward_variances_xavier_tanh():
    expect(sub.forward_variances(DIMS, [0.5, 0.35355339059, 0.35355339059], "tanh"),
           [1.0, 1.0, 1.0], "forward_variances(dims, Xavier scales, 'tanh')")
