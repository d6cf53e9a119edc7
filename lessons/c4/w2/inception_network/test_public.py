"""Public tests: the tiny module of the explanation, and the course's shapes."""

import numpy as np

import submission as sub
from engine.testkit import expect


def _w(f, c_in, c_out, value):
    return np.full((f, f, c_in, c_out), value)


def _b(c_out, value=0.0):
    return np.full((1, 1, 1, c_out), value)


def test_inception_module_tiny_example():
    A = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 2, 2, 1)
    params = {
        "1x1": (_w(1, 1, 1, 1.0), _b(1)),
        "3x3_reduce": (_w(1, 1, 1, 1.0), _b(1)),
        "3x3": (_w(3, 1, 1, 1.0), _b(1)),
        "5x5_reduce": (_w(1, 1, 1, -1.0), _b(1)),
        "5x5": (_w(5, 1, 1, 1.0), _b(1, 1.0)),
        "pool_proj": (_w(1, 1, 1, 0.5), _b(1)),
    }
    expected = np.array([[[1.0, 10, 1, 2], [2, 10, 1, 2]],
                         [[3, 10, 1, 2], [4, 10, 1, 2]]]).reshape(1, 2, 2, 4)
    expect(sub.inception_module(A, params), expected, "inception_module on the 2x2 example")


def test_inception_module_course_shape():
    rng = np.random.default_rng(0)
    A = rng.random((1, 28, 28, 192))
    params = {
        "1x1": (rng.normal(size=(1, 1, 192, 64)) * 0.1, _b(64)),
        "3x3_reduce": (rng.normal(size=(1, 1, 192, 96)) * 0.1, _b(96)),
        "3x3": (rng.normal(size=(3, 3, 96, 128)) * 0.1, _b(128)),
        "5x5_reduce": (rng.normal(size=(1, 1, 192, 16)) * 0.1, _b(16)),
        "5x5": (rng.normal(size=(5, 5, 16, 32)) * 0.1, _b(32)),
        "pool_proj": (rng.normal(size=(1, 1, 192, 32)) * 0.1, _b(32)),
    }
    expect(sub.inception_module(A, params).shape, (1, 28, 28, 256), "inception_module(...).shape")
