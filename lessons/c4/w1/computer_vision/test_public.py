"""Public tests: the numbers worked out in the explanation."""

import submission as sub
from engine.testkit import expect


def test_dense_layer_params_small_photo():
    expect(sub.dense_layer_params(64, 64, 3, 1000), 12_289_000,
           "dense_layer_params(64, 64, 3, 1000)", rtol=0, atol=0.5)


def test_dense_layer_params_megapixel():
    expect(sub.dense_layer_params(1000, 1000, 3, 1000), 3_000_001_000,
           "dense_layer_params(1000, 1000, 3, 1000)", rtol=0, atol=0.5)


def test_conv_layer_params_ten_filters():
    expect(sub.conv_layer_params(3, 3, 10), 280, "conv_layer_params(3, 3, 10)",
           rtol=0, atol=0.5)


def test_conv_layer_params_five_by_five():
    expect(sub.conv_layer_params(5, 3, 16), 1216, "conv_layer_params(5, 3, 16)",
           rtol=0, atol=0.5)
