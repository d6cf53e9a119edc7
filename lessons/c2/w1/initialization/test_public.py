"""Public tests: these are shown to you, with the values they expect.

The same small networks as in the explanation: layers_dims = [3, 2, 1] for zeros and large
random weights, [2, 4, 1] for He. The random ones are drawn right after np.random.seed(3).
"""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_initialize_parameters_zeros_example():
    expect(sub.initialize_parameters_zeros([3, 2, 1]), {
        "W1": np.zeros((2, 3)),
        "b1": np.zeros((2, 1)),
        "W2": np.zeros((1, 2)),
        "b2": np.zeros((1, 1))}, "initialize_parameters_zeros([3, 2, 1])")


def test_initialize_parameters_random_seed_3():
    np.random.seed(3)
    expect(sub.initialize_parameters_random([3, 2, 1]), {
        "W1": np.array([[17.88628473, 4.36509851, 0.96497468],
                        [-18.63492703, -2.77388203, -3.54758979]]),
        "b1": np.zeros((2, 1)),
        "W2": np.array([[-0.82741481, -6.27000677]]),
        "b2": np.zeros((1, 1))}, "initialize_parameters_random([3, 2, 1]) after np.random.seed(3)")


def test_initialize_parameters_he_seed_3():
    np.random.seed(3)
    expect(sub.initialize_parameters_he([2, 4, 1]), {
        "W1": np.array([[1.78862847, 0.43650985],
                        [0.09649747, -1.8634927],
                        [-0.2773882, -0.35475898],
                        [-0.08274148, -0.62700068]]),
        "b1": np.zeros((4, 1)),
        "W2": np.array([[-0.03098412, -0.33744411, -0.92904268, 0.62552248]]),
        "b2": np.zeros((1, 1))}, "initialize_parameters_he([2, 4, 1]) after np.random.seed(3)")
