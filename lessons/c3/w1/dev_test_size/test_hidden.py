"""Hidden tests: many dataset sizes, precisions and confidence levels, and the properties
that the formulas must have."""

import math
from statistics import NormalDist

import pytest

import submission as sub
from engine.testkit import expect, reference


def z(confidence):
    return NormalDist().inv_cdf(0.5 + confidence / 2)


SIZES = [7, 99, 101, 1003, 12_345, 250_001, 3_000_007]


@pytest.mark.parametrize("m", SIZES)
def test_classic_split_with_test(m):
    """60 / 20 / 20: dev and test get m * 20 // 100 each, training gets ALL the rest."""
    m_eval = m * 20 // 100
    expect(sub.classic_split(m), (m - 2 * m_eval, m_eval, m_eval), f"classic_split({m})")


@pytest.mark.parametrize("m", SIZES)
def test_classic_split_without_test(m):
    """70 / 30 without a test set: dev gets m * 30 // 100, test gets 0, training the rest."""
    m_dev = m * 30 // 100
    expect(sub.classic_split(m, with_test=False), (m - m_dev, m_dev, 0),
           f"classic_split({m}, with_test=False)")


def test_classic_split_adds_up_to_m():
    """No example may be lost: the three sizes add up to m, with or without a test set."""
    for m in (7, 1003, 98_765):
        for with_test in (True, False):
            sizes = sub.classic_split(m, with_test=with_test)
            assert sum(sizes) == m, \
                f"classic_split({m}, with_test={with_test}) = {sizes} adds up to {sum(sizes)}"


def test_classic_split_whole_examples():
    """Sizes count examples: return a tuple of ints (use //, not 0.2 * m)."""
    for with_test in (True, False):
        sizes = sub.classic_split(1003, with_test=with_test)
        assert isinstance(sizes, tuple), "classic_split should return a tuple"
        assert all(isinstance(size, int) for size in sizes), f"sizes {sizes} are not all ints"


@pytest.mark.parametrize("error, n, confidence", [(0.05, 250, 0.95), (0.2, 1000, 0.9),
                                                  (0.01, 5000, 0.99), (0.37, 64, 0.95),
                                                  (0.5, 9604, 0.95)])
def test_margin_of_error_values(error, n, confidence):
    """margin = z * sqrt(error * (1 - error) / n), with z = z_score(confidence)."""
    expect(sub.margin_of_error(error, n, confidence),
           z(confidence) * math.sqrt(error * (1 - error) / n),
           f"margin_of_error({error}, {n}, {confidence})")


def test_margin_of_error_four_times_the_data():
    """The margin shrinks with the SQUARE ROOT of n: 4 times the examples halves it."""
    small, big = sub.margin_of_error(0.1, 500), sub.margin_of_error(0.1, 2000)
    expect(big, small / 2, "margin_of_error(0.1, 2000)")


def test_margin_of_error_symmetric():
    """error * (1 - error) does not change when error becomes 1 - error."""
    expect(sub.margin_of_error(0.9, 300), sub.margin_of_error(0.1, 300),
           "margin_of_error(0.9, 300)")


def test_margin_of_error_more_confidence_is_wider():
    """Being more sure needs a wider interval: 99% is wider than 90%."""
    expect(sub.margin_of_error(0.2, 400, 0.99) / sub.margin_of_error(0.2, 400, 0.9),
           z(0.99) / z(0.9), "margin at 99% / margin at 90%")


CASES = [(0.01, 0.5, 0.95), (0.02, 0.1, 0.95), (0.005, 0.5, 0.99), (0.03, 0.5, 0.9),
         (0.01, 0.1, 0.95), (0.001, 0.05, 0.95)]


@pytest.mark.parametrize("margin, error, confidence", CASES)
def test_examples_needed_values(margin, error, confidence):
    """n = ceil(z^2 * error * (1 - error) / margin^2), rounded UP to a whole example."""
    expect(sub.examples_needed(margin, error, confidence),
           math.ceil(z(confidence) ** 2 * error * (1 - error) / margin ** 2),
           f"examples_needed({margin}, {error}, {confidence})")


@pytest.mark.parametrize("margin, error, confidence", CASES)
def test_examples_needed_is_the_smallest(margin, error, confidence):
    """n examples reach the margin and n - 1 do not: round up, never down."""
    n = sub.examples_needed(margin, error, confidence)
    width = z(confidence) * math.sqrt(error * (1 - error))
    assert width / math.sqrt(n) <= margin, f"{n} examples give a margin above {margin}"
    assert width / math.sqrt(n - 1) > margin, f"{n - 1} examples would already be enough"


def test_examples_needed_is_an_int():
    """Return a Python int: math.ceil gives one."""
    n = sub.examples_needed(0.02, 0.3, 0.95)
    assert type(n) is int, f"expected an int, got {type(n).__name__}"


def test_examples_needed_half_the_margin():
    """Half the margin needs about four times the examples: the margin is squared."""
    ratio = sub.examples_needed(0.005) / sub.examples_needed(0.01)
    assert 3.99 < ratio < 4.01, f"examples_needed(0.005) / examples_needed(0.01) = {ratio:.3f}"


def test_examples_needed_worst_case_default():
    """The default error 0.5 is the worst case: no other error rate needs more examples."""
    worst = sub.examples_needed(0.02)
    for error in (0.05, 0.2, 0.4, 0.6):
        assert sub.examples_needed(0.02, error) <= worst, f"error {error} needs more than 0.5"


@pytest.mark.parametrize("m", [50, 9999, 48_019, 48_021, 100_000, 2_500_003, 10_000_000])
def test_split_for_sizes(m):
    """Dev and test get min(examples_needed(...), m * 20 // 100) each; train the rest."""
    expect(sub.split_for(m), reference().split_for(m), f"split_for({m})")


@pytest.mark.parametrize("m, margin, error, confidence", [(200_000, 0.005, 0.5, 0.95),
                                                          (50_000, 0.01, 0.1, 0.99),
                                                          (30_000, 0.02, 0.3, 0.9),
                                                          (5_000_000, 0.002, 0.05, 0.95)])
def test_split_for_passes_arguments_on(m, margin, error, confidence):
    """Pass margin, error and confidence on to examples_needed."""
    n = math.ceil(z(confidence) ** 2 * error * (1 - error) / margin ** 2)
    m_eval = min(n, m * 20 // 100)
    expect(sub.split_for(m, margin, error, confidence), (m - 2 * m_eval, m_eval, m_eval),
           f"split_for({m}, {margin}, {error}, {confidence})")


def test_split_for_small_data_keeps_the_old_rule():
    """With little data you cannot afford the precision: dev and test stop at 20% each."""
    expect(sub.split_for(2000), (1200, 400, 400), "split_for(2000)")


def test_split_for_big_data_stays_small():
    """With ten million examples, dev and test need only examples_needed each: about 0.1%."""
    expect(sub.split_for(10_000_000), (9_980_792, 9604, 9604), "split_for(10_000_000)")


def test_split_for_adds_up():
    """The three sizes are whole examples, none negative, adding up to m."""
    for m in (13, 7777, 123_456, 9_999_999):
        sizes = sub.split_for(m)
        assert sum(sizes) == m and min(sizes) >= 0, f"split_for({m}) = {sizes}"
