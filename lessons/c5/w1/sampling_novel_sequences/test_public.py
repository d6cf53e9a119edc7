"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

# Tokens: 0 = <EOS>, 1 = "a", 2 = "b", 3 = "n", 4 = "r". Column j: what follows token j.
TABLE = np.array([[0.0, 0.3, 0.0, 0.2, 0.3],
                  [0.1, 0.0, 0.9, 0.8, 0.7],
                  [0.5, 0.1, 0.0, 0.0, 0.0],
                  [0.2, 0.4, 0.0, 0.0, 0.0],
                  [0.2, 0.2, 0.1, 0.0, 0.0]])


def test_apply_temperature_sharpens():
    expect(sub.apply_temperature(np.array([0.5, 0.3, 0.2]), 0.5),
           np.array([0.6578947368, 0.2368421053, 0.1052631579]),
           "apply_temperature([0.5, 0.3, 0.2], 0.5)")


def test_apply_temperature_flattens():
    expect(sub.apply_temperature(np.array([0.5, 0.3, 0.2]), 2.0),
           np.array([0.4154459133, 0.3218030207, 0.2627510661]),
           "apply_temperature([0.5, 0.3, 0.2], 2.0)")


def test_apply_temperature_one_changes_nothing():
    expect(sub.apply_temperature(TABLE, 1.0), TABLE, "apply_temperature(TABLE, 1.0)")


def test_sample_sequence_bar():
    expect(sub.sample_sequence(TABLE, 0, 10, seed=2), [2, 1, 4, 0],
           "sample_sequence(TABLE, 0, 10, seed=2)")


def test_sample_sequence_banana_when_cold():
    expect(sub.sample_sequence(TABLE, 0, 10, seed=2, temperature=0.5), [2, 1, 3, 1, 3, 1, 0],
           "sample_sequence(TABLE, 0, 10, seed=2, temperature=0.5)")


def test_sample_sequence_hits_the_cap():
    expect(sub.sample_sequence(TABLE, 0, 10, seed=6, temperature=0.5),
           [2, 1, 3, 1, 4, 1, 3, 1, 3, 1, 0],
           "sample_sequence(TABLE, 0, 10, seed=6, temperature=0.5)")


def test_sample_sequence_certain_table():
    # <EOS> -> 2 -> 1 -> 3 -> <EOS>, every step with probability 1.
    certain = np.zeros((4, 4))
    certain[2, 0] = certain[1, 2] = certain[3, 1] = certain[0, 3] = 1.0
    expect(sub.sample_sequence(certain, 0, 10, seed=123), [2, 1, 3, 0],
           "sample_sequence(certain, 0, 10, seed=123)")
