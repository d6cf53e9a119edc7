"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def pretrained():
    """A 3-layer network pretrained on task A: 3 inputs, 4 and 2 hidden units, 1 output."""
    return {"W1": np.ones((4, 3)), "b1": np.ones((4, 1)), "W2": np.ones((2, 4)),
            "b2": np.ones((2, 1)), "W3": np.ones((1, 2)), "b3": np.ones((1, 1))}


def test_reinit_output_layer_example():
    new = sub.reinit_output_layer(pretrained(), 3, seed=0)
    expect(sorted(new), ["W1", "W2", "W3", "b1", "b2", "b3"], "the keys of new_parameters")
    expect(new["W1"], np.ones((4, 3)), "new_parameters['W1'] (kept)")
    expect(new["b2"], np.ones((2, 1)), "new_parameters['b2'] (kept)")
    expect(new["W3"], np.array([[0.0012573022, -0.0013210486], [0.0064042265, 0.0010490012],
                                [-0.0053566937, 0.0036159505]]), "new_parameters['W3']")
    expect(new["b3"], np.zeros((3, 1)), "new_parameters['b3']")


def test_layers_to_fine_tune_examples():
    expect(sub.layers_to_fine_tune(500, 5), [5], "layers_to_fine_tune(500, 5)")
    expect(sub.layers_to_fine_tune(50_000, 5), [4, 5], "layers_to_fine_tune(50000, 5)")
    expect(sub.layers_to_fine_tune(100_000, 5), [3, 4, 5], "layers_to_fine_tune(100000, 5)")
    expect(sub.layers_to_fine_tune(10 ** 9, 5), [1, 2, 3, 4, 5],
           "layers_to_fine_tune(10 ** 9, 5)")


def test_fine_tune_step_example():
    parameters = {"W1": np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), "b1": np.array([[1.0], [2.0]]),
                  "W2": np.array([[1.0, -1.0]]), "b2": np.array([[0.5]])}
    grads = {"dW1": np.ones((2, 3)), "db1": np.ones((2, 1)),
             "dW2": np.array([[2.0, 4.0]]), "db2": np.array([[1.0]])}
    new = sub.fine_tune_step(parameters, grads, 0.1, [2])
    expect(new, {"W1": np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), "b1": np.array([[1.0], [2.0]]),
                 "W2": np.array([[0.8, -1.4]]), "b2": np.array([[0.4]])},
           "fine_tune_step(parameters, grads, 0.1, [2])")
