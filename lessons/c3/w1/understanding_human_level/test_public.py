"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

# The medical-imaging example of the explanation.
HUMANS = {"typical human": 0.03, "typical doctor": 0.01, "experienced doctor": 0.007,
          "team of experienced doctors": 0.005}

# Four scenarios, one per column: human-level, train and dev error.
ERRORS = np.array([[0.005, 0.005, 0.005, 0.075],
                   [0.050, 0.010, 0.007, 0.080],
                   [0.060, 0.050, 0.008, 0.100]])


def test_bayes_proxy_example():
    expect(sub.bayes_proxy(HUMANS), 0.005, "bayes_proxy(HUMANS)")


def test_gap_table_example():
    expect(sub.gap_table(ERRORS), np.array([[0.045, 0.005, 0.002, 0.005],
                                            [0.010, 0.040, 0.001, 0.020]]),
           "gap_table(ERRORS)")


def test_recommend_example():
    expect(sub.recommend(ERRORS), ["bias", "variance", "bias", "variance"], "recommend(ERRORS)")


def test_choice_matters_examples():
    expect(sub.choice_matters(HUMANS, 0.05, 0.06), False, "choice_matters(HUMANS, 0.05, 0.06)")
    expect(sub.choice_matters(HUMANS, 0.01, 0.05), False, "choice_matters(HUMANS, 0.01, 0.05)")
    expect(sub.choice_matters(HUMANS, 0.007, 0.008), True,
           "choice_matters(HUMANS, 0.007, 0.008)")
