"""Hidden tests: a grid of error rates, Bayes errors and thresholds, checked against the
definitions (avoidable bias = train - Bayes, variance = dev - train)."""

import itertools

import pytest

import submission as sub
from engine.testkit import expect

TRAINS = [0.005, 0.01, 0.04, 0.08, 0.15, 0.22]
GAPS = [0.0, 0.005, 0.01, 0.05, 0.11]
BAYES = [0.0, 0.003, 0.06, 0.14]
THRESHOLDS = [0.02, 0.07]


def cases():
    for train, gap, bayes, threshold in itertools.product(TRAINS, GAPS, BAYES, THRESHOLDS):
        if bayes > train:
            continue
        bias, variance = train - bayes, gap
        if min(abs(bias - threshold), abs(variance - threshold)) < 1e-3:
            continue  # stay clear of ties at the threshold
        yield train, train + gap, bayes, threshold


def expected_diagnosis(bias, variance, threshold):
    words = {(True, True): "high bias and high variance", (True, False): "high bias",
             (False, True): "high variance", (False, False): "low bias and low variance"}
    return words[(bias > threshold, variance > threshold)]


def test_bias_and_variance_grid():
    """avoidable bias = train_error - bayes_error; variance = dev_error - train_error."""
    for train, dev, bayes, _ in cases():
        expect(sub.bias_and_variance(train, dev, bayes), (train - bayes, dev - train),
               f"bias_and_variance({train}, {dev}, {bayes})")


@pytest.mark.parametrize("train, dev", [(0.08, 0.2), (0.3, 0.31), (0.02, 0.025)])
def test_bias_and_variance_default_bayes(train, dev):
    """Without a bayes_error the best possible error is taken to be 0."""
    expect(sub.bias_and_variance(train, dev), (train, dev - train),
           f"bias_and_variance({train}, {dev})")


def test_bias_and_variance_variance_is_a_gap():
    """Variance is the GAP between dev and train error, not the dev error itself."""
    expect(sub.bias_and_variance(0.2, 0.21, 0.19), (0.01, 0.01),
           "bias_and_variance(0.2, 0.21, 0.19)")


def test_bias_and_variance_returns_a_tuple():
    """Return the pair as a tuple (avoidable_bias, variance), in that order."""
    gaps = sub.bias_and_variance(0.1, 0.3, 0.05)
    assert isinstance(gaps, tuple) and len(gaps) == 2, f"got {gaps!r}"
    expect(gaps, (0.05, 0.2), "bias_and_variance(0.1, 0.3, 0.05)")


def test_diagnose_grid():
    """Compare each gap with threshold separately: both can be high at once."""
    for train, dev, bayes, threshold in cases():
        expect(sub.diagnose(train, dev, bayes, threshold),
               expected_diagnosis(train - bayes, dev - train, threshold),
               f"diagnose({train}, {dev}, {bayes}, {threshold})")


def test_diagnose_both_can_be_high():
    """A model can underfit AND overfit: 20% train error and 35% dev error is both."""
    expect(sub.diagnose(0.2, 0.35), "high bias and high variance", "diagnose(0.2, 0.35)")


def test_diagnose_respects_bayes_error():
    """With a 14% Bayes error, 15% on the training set is as good as it gets: no high bias."""
    expect(sub.diagnose(0.15, 0.25, bayes_error=0.14), "high variance",
           "diagnose(0.15, 0.25, bayes_error=0.14)")
    expect(sub.diagnose(0.15, 0.155, bayes_error=0.14), "low bias and low variance",
           "diagnose(0.15, 0.155, bayes_error=0.14)")


def test_diagnose_variance_measured_from_train():
    """Variance is dev minus TRAIN error: a dev error far above Bayes can come from bias alone."""
    expect(sub.diagnose(0.3, 0.31), "high bias", "diagnose(0.3, 0.31)")


def test_diagnose_uses_threshold():
    """A gap is high only when it is bigger than the threshold you are given."""
    expect(sub.diagnose(0.04, 0.09, threshold=0.1), "low bias and low variance",
           "diagnose(0.04, 0.09, threshold=0.1)")
    expect(sub.diagnose(0.04, 0.09, threshold=0.01), "high bias and high variance",
           "diagnose(0.04, 0.09, threshold=0.01)")
