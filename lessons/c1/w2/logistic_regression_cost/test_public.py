"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import Mismatch, expect


def _number(value, name):
    """The value as a float, once it is known to be a single number (not an array)."""
    if value is None or np.ndim(value) != 0 or np.asarray(value).dtype.kind not in "biuf":
        got = "NoneType" if value is None else f"{type(value).__name__} of shape {np.shape(value)}"
        raise Mismatch({"check": "type", "name": name, "actual": got,
                        "expected": "a single number (try float(...))"})
    return float(value)


def test_loss_confident_and_right():
    expect(sub.loss(0.9, 1), 0.10536051565782628, "loss(0.9, 1)")


def test_loss_confident_and_wrong():
    expect(sub.loss(0.9, 0), 2.3025850929940455, "loss(0.9, 0)")


def test_loss_on_a_row():
    A = np.array([[0.9, 0.2, 0.6]])
    Y = np.array([[1, 0, 0]])
    expect(sub.loss(A, Y), np.array([[0.10536052, 0.22314355, 0.91629073]]), "loss(A, Y)")


def test_compute_cost_worked_example():
    A = np.array([[0.9, 0.2, 0.6]])
    Y = np.array([[1, 0, 0]])
    expect(_number(sub.compute_cost(A, Y), "the cost"), 0.414931599615397, "compute_cost(A, Y)")


def test_compute_cost_knows_nothing():
    # a model that always answers 0.5 pays log(2) per example, whatever the labels
    A = np.full((1, 4), 0.5)
    Y = np.array([[1, 0, 1, 1]])
    expect(_number(sub.compute_cost(A, Y), "the cost"), 0.6931471805599453, "compute_cost(0.5s, Y)")
