"""Hidden tests: models on both sides of human level, and shuffled human levels."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

WHO = ["passer-by", "trained volunteer", "typical doctor", "experienced doctor", "specialist",
       "team of experts"]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_avoidable_bias_if_known_above(seed):
    """Above the proxy, the avoidable bias is train_error - proxy, a positive number."""
    rng = np.random.default_rng(seed)
    proxy = float(rng.uniform(0.001, 0.1))
    train = proxy + float(rng.uniform(0.001, 0.05))
    expect(sub.avoidable_bias_if_known(proxy, train), train - proxy,
           f"avoidable_bias_if_known({proxy:.4f}, {train:.4f})")


@pytest.mark.parametrize("seed", [5, 6, 7, 8])
def test_avoidable_bias_if_known_below(seed):
    """Below the proxy nothing is known: return None, not 0 and not a negative number."""
    rng = np.random.default_rng(seed)
    proxy = float(rng.uniform(0.01, 0.1))
    train = proxy - float(rng.uniform(0.001, 0.009))
    expect(sub.avoidable_bias_if_known(proxy, train), None,
           f"avoidable_bias_if_known({proxy:.4f}, {train:.4f})")


def test_avoidable_bias_if_known_equal():
    """Exactly at the proxy the estimate is 0.0, a number: use >= for the known case."""
    expect(sub.avoidable_bias_if_known(0.25, 0.25), 0.0, "avoidable_bias_if_known(0.25, 0.25)")
    assert sub.avoidable_bias_if_known(0.25, 0.25) is not None, \
        "avoidable_bias_if_known(0.25, 0.25) returned None"


def random_levels(rng):
    names = list(rng.permutation(WHO)[:int(rng.integers(2, 6))])
    return {str(name): float(rng.uniform(0.002, 0.05)) for name in names}


@pytest.mark.parametrize("seed", [11, 12, 13, 14, 15, 16])
def test_diagnose_random(seed):
    """The proxy is the LOWEST human error; variance is dev - train; focus is "unknown" when the
    avoidable bias is unknown."""
    rng = np.random.default_rng(seed)
    for _ in range(6):
        levels = random_levels(rng)
        train = float(rng.uniform(0.0, 0.06))
        dev = train + float(rng.uniform(0.0, 0.03))
        expected = reference().diagnose(dict(levels), train, dev)
        expect(sub.diagnose(levels, train, dev), expected,
               f"diagnose({levels}, {train:.4f}, {dev:.4f})")


def test_diagnose_between_levels():
    """Beating one expert but not the team: the proxy is the team, so the bias is still known."""
    levels = {"one expert": 0.01, "team of experts": 0.005}
    expect(sub.diagnose(levels, 0.007, 0.0075),
           {"proxy": 0.005, "avoidable_bias": 0.002, "variance": 0.0005, "focus": "bias"},
           "diagnose(levels, 0.007, 0.0075)")


def test_diagnose_no_advice_when_unknown():
    """Even a big dev gap gives no verdict when the bias is unknown: focus is "unknown"."""
    levels = {"radiologist": 0.02, "team": 0.015}
    expect(sub.diagnose(levels, 0.01, 0.05),
           {"proxy": 0.015, "avoidable_bias": None, "variance": 0.04, "focus": "unknown"},
           "diagnose(levels, 0.01, 0.05)")


def test_diagnose_tie_goes_to_bias():
    """Equal gaps with a known bias: "bias"."""
    expect(sub.diagnose({"people": 0.125}, 0.25, 0.375)["focus"], "bias",
           "diagnose({'people': 0.125}, 0.25, 0.375)['focus']")


@pytest.mark.parametrize("seed", [21, 22, 23, 24, 25])
def test_surpassed_levels_random(seed):
    """Keep the levels with an error STRICTLY above the model's, highest error first."""
    rng = np.random.default_rng(seed)
    levels = random_levels(rng)
    model = float(rng.uniform(0.0, 0.05))
    kept = [who for who, error in levels.items() if error > model]
    expected = sorted(kept, key=lambda who: -levels[who])
    expect(sub.surpassed_levels(dict(levels), model), expected,
           f"surpassed_levels({levels}, {model:.4f})")


def test_surpassed_levels_equal_is_not_surpassed():
    """Matching a level is not surpassing it: the human error must be strictly higher."""
    levels = {"typical doctor": 0.01, "team": 0.005}
    expect(sub.surpassed_levels(levels, 0.01), [], "surpassed_levels(levels, 0.01)")
    expect(sub.surpassed_levels(levels, 0.005), ["typical doctor"],
           "surpassed_levels(levels, 0.005)")


def test_surpassed_levels_worst_first():
    """Order from the highest human error down, whatever the order of the dict."""
    levels = {"team": 0.004, "layman": 0.04, "doctor": 0.012, "nurse": 0.02}
    expect(sub.surpassed_levels(levels, 0.003), ["layman", "nurse", "doctor", "team"],
           "surpassed_levels(levels, 0.003)")


def test_surpassed_levels_leaves_dict_alone():
    """Read the dict; do not delete the levels the model has not surpassed."""
    levels = {"team": 0.004, "layman": 0.04, "doctor": 0.012}
    sub.surpassed_levels(levels, 0.01)
    expect(levels, {"team": 0.004, "layman": 0.04, "doctor": 0.012},
           "human_errors after surpassed_levels")
