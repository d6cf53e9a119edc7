"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_relu6_example():
    expect(sub.relu6(np.array([-3.0, 0.5, 6.0, 9.0])), np.array([0.0, 0.5, 6.0, 6.0]), "relu6([-3, 0.5, 6, 9])")


def test_bottleneck_shapes_example():
    expect(sub.bottleneck_shapes((7, 5, 16), 6, 24, 2), [(7, 5, 96), (4, 3, 96), (4, 3, 24)],
           "bottleneck_shapes((7, 5, 16), 6, 24, 2)")


def test_bottleneck_forward_example():
    X = np.array([[[[1.0], [-2.0]]]])                 # one 1 x 2 image with one channel
    W2 = np.zeros((3, 3, 2))
    W2[1, 1, :] = 1.0                                 # a depthwise filter that copies its input
    parameters = {"W1": np.array([[[[1.0, 8.0]]]]), "b1": np.zeros((1, 1, 1, 2)),
                  "W2": W2, "b2": np.zeros((1, 1, 2)),
                  "W3": np.array([[[[0.5], [-0.25]]]]), "b3": np.array([[[[0.1]]]])}
    expect(sub.bottleneck_forward(X, parameters, 1), np.array([[[[0.1], [-1.9]]]]),
           "bottleneck_forward(X, parameters, 1)")
