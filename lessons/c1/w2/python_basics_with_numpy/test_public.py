"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_basic_sigmoid_of_one():
    expect(sub.basic_sigmoid(1), 0.7310585786300049, "basic_sigmoid(1)", strict_type=False)
    assert isinstance(sub.basic_sigmoid(1), float), "basic_sigmoid should return a float"


def test_sigmoid_on_a_vector():
    expect(sub.sigmoid(np.array([1, 2, 3])), np.array([0.73105858, 0.88079708, 0.95257413]),
           "sigmoid([1, 2, 3])")


def test_sigmoid_derivative_on_a_vector():
    expect(sub.sigmoid_derivative(np.array([1, 2, 3])),
           np.array([0.19661193, 0.10499359, 0.04517666]), "sigmoid_derivative([1, 2, 3])")


def test_image2vector_small_image():
    image = np.arange(18, dtype=float).reshape(3, 3, 2) / 18
    expect(sub.image2vector(image), np.arange(18, dtype=float).reshape(18, 1) / 18,
           "image2vector(image)")


def test_normalize_rows_example():
    x = np.array([[0.0, 3.0, 4.0], [1.0, 6.0, 4.0]])
    expect(sub.normalize_rows(x),
           np.array([[0.0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]]),
           "normalize_rows(x)")


def test_softmax_example():
    x = np.array([[9.0, 2.0, 5.0, 0.0, 0.0], [7.0, 5.0, 0.0, 0.0, 0.0]])
    expect(sub.softmax(x), np.array(
        [[9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
         [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04]]),
        "softmax(x)")


def test_L1_example():
    yhat = np.array([0.9, 0.2, 0.1, 0.4, 0.9])
    y = np.array([1, 0, 0, 1, 1])
    expect(sub.L1(yhat, y), 1.1, "L1(yhat, y)")


def test_L2_example():
    yhat = np.array([0.9, 0.2, 0.1, 0.4, 0.9])
    y = np.array([1, 0, 0, 1, 1])
    expect(sub.L2(yhat, y), 0.43, "L2(yhat, y)")
