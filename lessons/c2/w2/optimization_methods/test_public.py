"""Public tests: these are shown to you, with the values they expect.

Most of them use the small 2-layer example of the explanation (W1 is (2, 3), W2 is (1, 2))
with the gradients GRADS.
"""

import numpy as np

import submission as sub
from engine.testkit import expect

PARAMS = {"W1": np.array([[0.5, -0.3, 0.8], [0.2, 0.4, -0.6]]),
          "b1": np.array([[0.1], [-0.2]]),
          "W2": np.array([[0.7, -0.5]]),
          "b2": np.array([[0.05]])}
GRADS = {"dW1": np.array([[0.2, -0.1, 0.4], [-0.3, 0.5, 0.1]]),
         "db1": np.array([[0.05], [-0.02]]),
         "dW2": np.array([[-0.4, 0.3]]),
         "db2": np.array([[0.1]])}
# the gradients of a second step, for Adam
GRADS2 = {"dW1": np.array([[0.1, 0.1, -0.2], [-0.1, 0.3, 0.0]]),
          "db1": np.array([[0.02], [0.04]]),
          "dW2": np.array([[-0.2, 0.5]]),
          "db2": np.array([[-0.1]])}


def fresh(d):
    """A copy of a dictionary of arrays, so that no test sees another test's updates."""
    return {key: np.array(value, dtype=float) for key, value in d.items()}


def zeros_like(d, prefix="d"):
    return {prefix + key: np.zeros_like(value) for key, value in d.items()}


def test_update_parameters_with_gd_example():
    expect(sub.update_parameters_with_gd(fresh(PARAMS), GRADS, 0.1), {
        "W1": np.array([[0.48, -0.29, 0.76], [0.23, 0.35, -0.61]]),
        "b1": np.array([[0.095], [-0.198]]),
        "W2": np.array([[0.74, -0.53]]),
        "b2": np.array([[0.04]])}, "update_parameters_with_gd(parameters, grads, 0.1)")


def test_random_mini_batches_seven_examples():
    X = np.array([[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
                  [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0]])
    Y = np.array([[1, 0, 1, 0, 0, 1, 1]])
    # np.random.seed(2); np.random.permutation(7) is [4, 1, 3, 2, 6, 5, 0]
    expect(sub.random_mini_batches(X, Y, mini_batch_size=3, seed=2), [
        (np.array([[5.0, 2.0, 4.0], [50.0, 20.0, 40.0]]), np.array([[0, 0, 0]])),
        (np.array([[3.0, 7.0, 6.0], [30.0, 70.0, 60.0]]), np.array([[1, 1, 1]])),
        (np.array([[1.0], [10.0]]), np.array([[1]])),
    ], "random_mini_batches(X, Y, mini_batch_size=3, seed=2)")


def test_initialize_velocity_example():
    v = sub.initialize_velocity(PARAMS)
    expect(v, {"dW1": np.zeros((2, 3)), "db1": np.zeros((2, 1)),
               "dW2": np.zeros((1, 2)), "db2": np.zeros((1, 1))}, "initialize_velocity(parameters)")


def test_update_parameters_with_momentum_two_steps():
    v = zeros_like(PARAMS)
    parameters, v = sub.update_parameters_with_momentum(fresh(PARAMS), GRADS, v, 0.9, 0.1)
    expect(v, {"dW1": np.array([[0.02, -0.01, 0.04], [-0.03, 0.05, 0.01]]),
               "db1": np.array([[0.005], [-0.002]]),
               "dW2": np.array([[-0.04, 0.03]]),
               "db2": np.array([[0.01]])}, "v after one step (beta 0.9)")
    expect(parameters, {"W1": np.array([[0.498, -0.299, 0.796], [0.203, 0.395, -0.601]]),
                        "b1": np.array([[0.0995], [-0.1998]]),
                        "W2": np.array([[0.704, -0.503]]),
                        "b2": np.array([[0.049]])}, "parameters after one step (rate 0.1)")
    parameters, v = sub.update_parameters_with_momentum(parameters, GRADS, v, 0.9, 0.1)
    expect(v["dW1"], np.array([[0.038, -0.019, 0.076], [-0.057, 0.095, 0.019]]),
           "v['dW1'] after a second step with the same gradients")
    expect(parameters["W1"], np.array([[0.4942, -0.2971, 0.7884], [0.2087, 0.3855, -0.6029]]),
           "W1 after a second step")


def test_initialize_adam_example():
    v, s = sub.initialize_adam(PARAMS)
    zeros = {"dW1": np.zeros((2, 3)), "db1": np.zeros((2, 1)),
             "dW2": np.zeros((1, 2)), "db2": np.zeros((1, 1))}
    expect(v, zeros, "v")
    expect(s, zeros, "s")


def test_update_parameters_with_adam_two_steps():
    v, s = zeros_like(PARAMS), zeros_like(PARAMS)
    parameters, v, s, v_corrected, s_corrected = sub.update_parameters_with_adam(
        fresh(PARAMS), GRADS, v, s, 1, learning_rate=0.01)
    # first step: v_corrected is the gradient, s_corrected its square, each move is about 0.01
    expect(v_corrected, GRADS, "v_corrected at t = 1")
    expect(s_corrected, {key: value ** 2 for key, value in GRADS.items()}, "s_corrected at t = 1")
    expect(v["dW2"], np.array([[-0.04, 0.03]]), "v['dW2'] at t = 1")
    expect(s["dW2"], np.array([[0.00016, 0.00009]]), "s['dW2'] at t = 1")
    expect(parameters, {"W1": np.array([[0.49, -0.29, 0.79], [0.21, 0.39, -0.61]]),
                        "b1": np.array([[0.09], [-0.19]]),
                        "W2": np.array([[0.71, -0.51]]),
                        "b2": np.array([[0.04]])}, "parameters at t = 1 (rate 0.01)")
    parameters, v, s, v_corrected, s_corrected = sub.update_parameters_with_adam(
        parameters, GRADS2, v, s, 2, learning_rate=0.01)
    expect(v_corrected["dW2"], np.array([[-0.29473684, 0.40526316]]), "v_corrected['dW2'] at t = 2")
    expect(s_corrected["dW2"], np.array([[0.09996999, 0.17004002]]), "s_corrected['dW2'] at t = 2")
    expect(parameters["W2"], np.array([[0.7193218, -0.51982792]]), "W2 at t = 2")
    expect(parameters["b1"], np.array([[0.08101425], [-0.19366104]]), "b1 at t = 2")


def test_update_lr_example():
    expect(sub.update_lr(0.2, 3, 0.5), 0.08, "update_lr(0.2, epoch_num=3, decay_rate=0.5)")
    expect(sub.update_lr(0.2, 0, 0.5), 0.2, "update_lr(0.2, epoch_num=0, decay_rate=0.5)")


def test_schedule_lr_decay_example():
    expect(sub.schedule_lr_decay(0.2, 999, 0.5, 1000), 0.2, "schedule_lr_decay(0.2, 999, 0.5, 1000)")
    expect(sub.schedule_lr_decay(0.2, 2500, 0.5, 1000), 0.1,
           "schedule_lr_decay(0.2, 2500, 0.5, 1000)")
    expect(sub.schedule_lr_decay(0.2, 2500, 0.5), 0.1, "schedule_lr_decay(0.2, 2500, 0.5)")
