"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 6.0]])


def test_layer_norm_plain():
    expect(sub.layer_norm(X, np.ones(4), np.zeros(4)),
           np.array([[-1.34164025, -0.44721342, 0.44721342, 1.34164025],
                     [-0.57735017, -0.57735017, -0.57735017, 1.73205052]]),
           "layer_norm(x, ones, zeros)")


def test_layer_norm_scale_and_shift():
    expect(sub.layer_norm(X, np.array([2.0, 2.0, 1.0, 1.0]), np.array([0.0, 0.0, 1.0, 1.0])),
           np.array([[-2.6832805, -0.89442683, 1.44721342, 2.34164025],
                     [-1.15470035, -1.15470035, 0.42264983, 2.73205052]]),
           "layer_norm(x, gamma, beta)")


def test_feed_forward_example():
    W1 = np.array([[1.0, 0.0, -1.0], [0.0, 1.0, 1.0]])
    W2 = np.array([[1.0, 0.0], [2.0, 1.0], [0.0, -1.0]])
    expect(sub.feed_forward(np.array([[1.0, -1.0]]), W1, np.array([0.0, 0.5, 3.0]), W2,
                            np.array([0.5, 0.5])),
           np.array([[1.5, -0.5]]), "feed_forward(x, W1, b1, W2, b2)")


def test_encoder_layer_example():
    x = np.array([[[1.0, 0.0, 0.0, 2.0], [0.0, 1.0, 1.0, 0.0]]])
    params = {name: np.eye(4) for name in ("Wq", "Wk", "Wv", "Wo")}
    params.update(W1=np.zeros((4, 2)), b1=np.zeros(2), W2=np.zeros((2, 4)),
                  b2=np.array([1.0, 0.0, 0.0, -1.0]), gamma1=np.ones(4), beta1=np.zeros(4),
                  gamma2=np.ones(4), beta2=np.zeros(4))
    expect(sub.encoder_layer(x, params, 2),
           np.array([[[1.27941582, -0.87028323, -1.07692009, 0.66778751],
                      [-0.23191163, 0.88644808, 0.88644808, -1.54098453]]]),
           "encoder_layer(x, params, 2)")
