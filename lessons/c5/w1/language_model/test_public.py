"""Public tests: the four-word vocabulary of the explanation (cats, dogs, sleep, <EOS>)."""

import numpy as np

import submission as sub
from engine.testkit import expect

START = np.array([0.5, 0.4, 0.05, 0.05])
TABLE = np.array([[0.05, 0.1, 0.1, 0.25],      # table[k, j] = P(next = k | previous = j)
                  [0.05, 0.05, 0.1, 0.25],
                  [0.7, 0.6, 0.1, 0.25],
                  [0.2, 0.25, 0.7, 0.25]])
CATS_SLEEP = [0, 2, 3]                         # "cats sleep <EOS>"
Y_HAT = np.array([[0.5, 0.05, 0.1],
                  [0.4, 0.05, 0.1],
                  [0.05, 0.7, 0.1],
                  [0.05, 0.2, 0.7]])


def test_predicted_distributions_cats_sleep():
    expect(sub.predicted_distributions(CATS_SLEEP, START, TABLE), Y_HAT,
           "predicted_distributions([0, 2, 3], start, table)")


def test_word_probabilities_cats_sleep():
    expect(sub.word_probabilities(Y_HAT, CATS_SLEEP), np.array([0.5, 0.7, 0.7]),
           "word_probabilities(y_hat, [0, 2, 3])")


def test_sentence_log_probability_cats_sleep():
    expect(sub.sentence_log_probability(Y_HAT, CATS_SLEEP), -1.4064970684374103,
           "sentence_log_probability(y_hat, [0, 2, 3])", strict_type=True)
