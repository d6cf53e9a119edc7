"""Public tests: the course's 28 x 28 x 192 example, as in the explanation."""

import submission as sub
from engine.testkit import expect


def test_inception_output_shape_course_example():
    expect(sub.inception_output_shape((1, 28, 28, 192), [64, 128, 32, 32]), (1, 28, 28, 256),
           "inception_output_shape((1, 28, 28, 192), [64, 128, 32, 32])")


def test_conv_multiplies_5x5():
    expect(sub.conv_multiplies(28, 28, 32, 5, 192), 120422400, "conv_multiplies(28, 28, 32, 5, 192)",
           strict_type=True)


def test_bottleneck_multiplies_16():
    expect(sub.bottleneck_multiplies(28, 28, 192, 16, 5, 32), 12443648,
           "bottleneck_multiplies(28, 28, 192, 16, 5, 32)", strict_type=True)
