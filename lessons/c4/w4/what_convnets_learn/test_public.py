"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def example_activations():
    a = np.ones((2, 2, 3, 2))
    a[..., 1] = [[[0.1, 0.9, 0.3], [0.0, 0.5, 0.2]],
                 [[0.4, 0.0, 0.8], [0.7, 0.6, 0.05]]]
    return a


def test_top_activations_example():
    got = sub.top_activations(example_activations(), channel=1, k=3)
    expect(np.asarray(got), np.array([[0, 0, 1], [1, 0, 2], [1, 1, 0]]),
           "top_activations(a, channel=1, k=3)")


def test_receptive_patch_example():
    image = np.arange(49.0).reshape(7, 7, 1)
    expected = np.array([[18.0, 19.0, 20.0], [25.0, 26.0, 27.0], [32.0, 33.0, 34.0]]).reshape(3, 3, 1)
    expect(sub.receptive_patch(image, 1, 2, field=3, stride=2), expected,
           "receptive_patch(image, h=1, w=2, field=3, stride=2)")
