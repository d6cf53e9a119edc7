"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_bias_and_variance_cat_examples():
    expect(sub.bias_and_variance(0.01, 0.08, 0.10), (0.07, 0.02),
           "bias_and_variance(0.01, 0.08, 0.10)")
    expect(sub.bias_and_variance(0.075, 0.08, 0.10), (0.005, 0.02),
           "bias_and_variance(0.075, 0.08, 0.10)")


def test_focus_cat_examples():
    expect(sub.focus(0.01, 0.08, 0.10), "bias", "focus(0.01, 0.08, 0.10)")
    expect(sub.focus(0.075, 0.08, 0.10), "variance", "focus(0.075, 0.08, 0.10)")


def test_first_variance_step_example():
    train_errors = np.array([0.20, 0.12, 0.07, 0.04, 0.025, 0.021])
    dev_errors = np.array([0.21, 0.135, 0.09, 0.07, 0.065, 0.07])
    expect(sub.first_variance_step(0.02, train_errors, dev_errors), 3,
           "first_variance_step(0.02, train_errors, dev_errors)")
