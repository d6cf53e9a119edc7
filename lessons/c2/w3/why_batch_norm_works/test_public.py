"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

Z_OLD = np.array([[1.0, 2.0, 3.0, 4.0],
                  [0.5, 2.0, 1.5, 3.0]])
Z_NEW = np.array([[1.5, 3.5, 4.5, 6.5],
                  [0.5, 0.0, 1.5, 1.0]])
Z = np.array([[1.0, 3.0, 2.0, 6.0, 0.0, 4.0, 5.0, 7.0],
              [0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0]])


def test_covariate_shift_example():
    expect(sub.covariate_shift(Z_OLD.copy(), Z_NEW.copy()),
           (np.array([[1.5], [-1.0]]), np.array([[1.61245155], [0.62017367]])),
           "covariate_shift(Z_old, Z_new)")


def test_minibatch_mean_noise_size_2():
    expect(sub.minibatch_mean_noise(Z.copy(), 2), np.array([[1.6583124], [1.11803399]]),
           "minibatch_mean_noise(Z, 2)")


def test_minibatch_mean_noise_size_4():
    expect(sub.minibatch_mean_noise(Z.copy(), 4), np.array([[0.5], [1.0]]),
           "minibatch_mean_noise(Z, 4)")


def test_minibatch_mean_noise_drops_the_leftover():
    expect(sub.minibatch_mean_noise(Z.copy(), 3), np.array([[0.66666667], [0.66666667]]),
           "minibatch_mean_noise(Z, 3)")
