"""Hidden tests: other sizes, independent formulas, and when a bottleneck pays off."""

import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("shape, branches", [
    ((4, 14, 14, 480), [192, 208, 48, 64]), ((2, 7, 9, 3), [5]), ((3, 5, 6, 10), [1, 2, 3, 4, 5])])
def test_inception_output_shape_varied(shape, branches):
    """Batch, height and width pass through; the output channels are the SUM of the branch
    channels (the input's own n_C_prev is not added)."""
    m, n_H, n_W, _ = shape
    expect(sub.inception_output_shape(shape, list(branches)), (m, n_H, n_W, sum(branches)),
           f"inception_output_shape({shape}, {branches})")


@pytest.mark.parametrize("dims", [(28, 28, 128, 3, 96), (10, 6, 7, 5, 3), (14, 14, 64, 1, 480),
                                  (9, 4, 2, 7, 11)])
def test_conv_multiplies_varied(dims):
    """n_H * n_W * n_C outputs, each an f x f x n_C_prev dot product: f appears twice."""
    n_H, n_W, n_C, f, n_C_prev = dims
    expect(sub.conv_multiplies(*dims), n_H * n_W * n_C * f * f * n_C_prev,
           f"conv_multiplies{dims}", strict_type=True)


@pytest.mark.parametrize("dims", [(28, 28, 192, 96, 3, 128), (14, 14, 480, 16, 5, 48),
                                  (9, 5, 20, 4, 3, 7)])
def test_bottleneck_multiplies_varied(dims):
    """Two convolutions: a 1x1 from n_C_prev down to n_bottleneck channels, then an f x f from
    n_bottleneck (not n_C_prev) up to n_C."""
    n_H, n_W, n_C_prev, n_b, f, n_C = dims
    expected = n_H * n_W * n_b * n_C_prev + n_H * n_W * n_C * f * f * n_b
    expect(sub.bottleneck_multiplies(*dims), expected, f"bottleneck_multiplies{dims}",
           strict_type=True)


def test_bottleneck_multiplies_saves_about_ten_times():
    """With n_bottleneck = n_C_prev / 12 the bottleneck version is close to 10x cheaper."""
    direct = sub.conv_multiplies(28, 28, 32, 5, 192)
    cheap = sub.bottleneck_multiplies(28, 28, 192, 16, 5, 32)
    expect(round(direct / cheap, 2), 9.68, "direct / bottleneck cost")
