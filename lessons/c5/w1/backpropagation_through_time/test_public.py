"""Public tests: the two-step example of the explanation (n_y = 3, T_y = 2)."""

import numpy as np

import submission as sub
from engine.testkit import expect

Y_HAT = np.array([[0.7, 0.2],
                  [0.2, 0.5],
                  [0.1, 0.3]])
Y = np.array([[1.0, 0.0],
              [0.0, 0.0],
              [0.0, 1.0]])            # true classes 0 then 2


def test_step_losses_example():
    expect(sub.step_losses(Y_HAT, Y), np.array([0.35667494, 1.2039728]), "step_losses(y_hat, y)")


def test_sequence_loss_example():
    expect(sub.sequence_loss(Y_HAT, Y), 1.5606477482646686, "sequence_loss(y_hat, y)",
           strict_type=True)


def test_grad_y_hat_example():
    expect(sub.grad_y_hat(Y_HAT, Y), np.array([[-1.42857143, 0.0],
                                               [0.0, 0.0],
                                               [0.0, -3.33333333]]), "grad_y_hat(y_hat, y)")


def test_grad_scores_example():
    expect(sub.grad_scores(Y_HAT, Y), np.array([[-0.3, 0.2],
                                                [0.2, 0.5],
                                                [0.1, -0.7]]), "grad_scores(y_hat, y)")
