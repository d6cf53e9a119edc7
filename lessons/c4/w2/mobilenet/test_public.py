"""Public tests: the course's example, a 6 x 6 x 3 input, 3 x 3 filters, 5 output channels."""

import submission as sub
from engine.testkit import expect


def test_conv_cost_course_example():
    expect(sub.conv_cost(4, 4, 3, 3, 5), 2160, "conv_cost(4, 4, 3, 3, 5)")


def test_separable_cost_course_example():
    expect(sub.separable_cost(4, 4, 3, 3, 5), (432, 240, 672), "separable_cost(4, 4, 3, 3, 5)")


def test_cost_ratio_course_example():
    expect(sub.cost_ratio(3, 5), 0.3111111111111111, "cost_ratio(3, 5)")
