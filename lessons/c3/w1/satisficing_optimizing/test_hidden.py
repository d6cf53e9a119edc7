"""Hidden tests: random models and thresholds, edges at the limit, and wake-word recordings."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect

METRICS = ("runtime_ms", "memory_mb", "false_alarms_per_day")


def random_models(seed, n):
    """Models on coarse grids, so that some sit exactly on a threshold."""
    rng = np.random.default_rng(seed)
    return [{"accuracy": round(float(rng.uniform(0.8, 0.99)), 3),
             "f1": round(float(rng.uniform(0.6, 0.95)), 3),
             "runtime_ms": int(rng.choice([20, 50, 80, 100, 150, 400])),
             "memory_mb": int(rng.choice([4, 8, 10, 16, 64])),
             "false_alarms_per_day": float(rng.choice([0.5, 1.0, 2.0, 6.0]))} for _ in range(n)]


def random_limits(seed):
    rng = np.random.default_rng(seed + 100)
    names = [name for name in METRICS if rng.random() < 0.7] or ["runtime_ms"]
    grids = {"runtime_ms": [50, 100, 150], "memory_mb": [8, 10, 16],
             "false_alarms_per_day": [1.0, 2.0]}
    return {name: rng.choice(grids[name]).item() for name in names}


def feasible(model, limits):
    return all(model[name] <= limit for name, limit in limits.items())


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_satisfies_random(seed):
    """True exactly when EVERY thresholded metric is at most its threshold."""
    limits = random_limits(seed)
    for model in random_models(seed, 8):
        expect(sub.satisfies(model, limits), feasible(model, limits),
               f"satisfies({model}, {limits})")


def test_satisfies_at_the_limit():
    """A threshold is an upper limit that is itself allowed: 100 ms meets 'at most 100 ms'."""
    expect(sub.satisfies({"accuracy": 0.9, "runtime_ms": 100}, {"runtime_ms": 100}), True,
           "satisfies(runtime 100 ms, limit 100 ms)")


def test_satisfies_needs_every_threshold():
    """One violated threshold is enough to fail, even if all the others are met."""
    model = {"accuracy": 0.95, "runtime_ms": 30, "memory_mb": 64}
    expect(sub.satisfies(model, {"runtime_ms": 100, "memory_mb": 10}), False,
           "satisfies(fast but 64 MB, runtime <= 100 and memory <= 10)")


def test_satisfies_any_metric_name():
    """Thresholds can be on any metric, e.g. false alarms per day: loop over thresholds."""
    model = {"accuracy": 0.97, "runtime_ms": 10, "false_alarms_per_day": 3.0}
    expect(sub.satisfies(model, {"false_alarms_per_day": 1.0}), False,
           "satisfies(3 false alarms a day, limit 1)")


def test_satisfies_no_thresholds():
    """With no satisficing metrics every model is acceptable."""
    expect(sub.satisfies({"accuracy": 0.5, "runtime_ms": 9000}, {}), True,
           "satisfies(model, {})")


def expected_choice(models, limits, optimizing):
    best = None
    for i, model in enumerate(models):
        if feasible(model, limits) and (best is None or model[optimizing] > models[best][optimizing]):
            best = i
    return best


@pytest.mark.parametrize("seed, n", [(5, 1), (6, 4), (7, 7), (8, 10), (9, 10)])
def test_choose_model_random(seed, n):
    """Keep the models that satisfy every threshold, then take the highest optimizing metric;
    return its index in the ORIGINAL list, or None."""
    models, limits = random_models(seed, n), random_limits(seed)
    expect(sub.choose_model(models, limits), expected_choice(models, limits, "accuracy"),
           f"choose_model(models, {limits})")


def test_choose_model_index_in_original_list():
    """The index must point into models, not into the list of models that qualify."""
    models = [{"accuracy": 0.99, "runtime_ms": 500}, {"accuracy": 0.9, "runtime_ms": 50},
              {"accuracy": 0.95, "runtime_ms": 90}]
    expect(sub.choose_model(models, {"runtime_ms": 100}), 2,
           "choose_model(models, {'runtime_ms': 100})")


def test_choose_model_respects_thresholds():
    """The most accurate model overall is no use if it is too slow."""
    models = [{"accuracy": 0.92, "runtime_ms": 60}, {"accuracy": 0.98, "runtime_ms": 2000}]
    expect(sub.choose_model(models, {"runtime_ms": 100}), 0,
           "choose_model(models, {'runtime_ms': 100})")


def test_choose_model_optimizes_the_optimizing_metric():
    """Once a model is fast enough, being faster earns nothing: maximize accuracy."""
    models = [{"accuracy": 0.9, "runtime_ms": 10}, {"accuracy": 0.95, "runtime_ms": 90}]
    expect(sub.choose_model(models, {"runtime_ms": 100}), 1,
           "choose_model(models, {'runtime_ms': 100})")


def test_choose_model_other_optimizing_metric():
    """Use the optimizing argument: here the model is chosen by its F1 score."""
    models = random_models(10, 8)
    limits = {"memory_mb": 16}
    expect(sub.choose_model(models, limits, optimizing="f1"),
           expected_choice(models, limits, "f1"), "choose_model(models, limits, optimizing='f1')")


def test_choose_model_first_on_a_tie():
    """Two qualifying models with the same accuracy: return the first of them."""
    models = [{"accuracy": 0.8, "runtime_ms": 10}, {"accuracy": 0.93, "runtime_ms": 70},
              {"accuracy": 0.93, "runtime_ms": 20}]
    expect(sub.choose_model(models, {"runtime_ms": 100}), 1,
           "choose_model(models, {'runtime_ms': 100})")


def test_choose_model_none_qualifies():
    """If no model meets the thresholds there is nothing to choose: return None."""
    models = random_models(11, 5)
    expect(sub.choose_model(models, {"runtime_ms": 5}), None,
           "choose_model(models, {'runtime_ms': 5})")
    expect(sub.choose_model([], {"runtime_ms": 100}), None, "choose_model([], ...)")


def test_choose_model_leaves_models_alone():
    """Choosing must not reorder or change the list of models."""
    models = random_models(12, 6)
    before = copy.deepcopy(models)
    sub.choose_model(models, {"runtime_ms": 100, "memory_mb": 16})
    expect(models, before, "models after choose_model")


def recording(seed, m):
    rng = np.random.default_rng(seed)
    Y = (rng.random((1, m)) < 0.2).astype(int)
    Y_hat = np.where(rng.random((1, m)) < 0.15, 1 - Y, Y)
    return Y_hat, Y


@pytest.mark.parametrize("seed, m, hours", [(13, 50, 24), (14, 120, 72), (15, 300, 10),
                                            (16, 33, 100)])
def test_false_alarms_per_day_random(seed, m, hours):
    """Count clips with Y_hat == 1 AND Y == 0, then scale to 24 hours: count * 24 / hours."""
    Y_hat, Y = recording(seed, m)
    count = int(((Y_hat == 1) & (Y == 0)).sum())
    expect(sub.false_alarms_per_day(Y_hat, Y, hours), count * 24 / hours,
           f"false_alarms_per_day(Y_hat, Y, {hours}) with m={m}")


def test_false_alarms_per_day_ignores_true_detections():
    """Waking up when the word WAS said is a correct detection, not a false alarm."""
    Y = np.array([[1, 1, 0, 1, 0]])
    expect(sub.false_alarms_per_day(Y.copy(), Y, 24), 0.0, "a perfect detector's rate")


def test_false_alarms_per_day_ignores_misses():
    """Missing the word is a different error (it hurts accuracy), not a false alarm."""
    Y = np.array([[1, 1, 0, 1, 0, 0]])
    Y_hat = np.array([[0, 0, 0, 0, 1, 0]])
    expect(sub.false_alarms_per_day(Y_hat, Y, 24), 1.0, "false_alarms_per_day(Y_hat, Y, 24)")


def test_false_alarms_per_day_scaling():
    """3 false alarms in a 12-hour recording is a rate of 6 per day; in 72 hours, 1 per day."""
    Y = np.zeros((1, 8), dtype=int)
    Y_hat = np.array([[1, 0, 1, 0, 0, 1, 0, 0]])
    expect(sub.false_alarms_per_day(Y_hat, Y, 12), 6.0, "false_alarms_per_day(..., 12)")
    expect(sub.false_alarms_per_day(Y_hat, Y, 72), 1.0, "false_alarms_per_day(..., 72)")


def test_false_alarms_per_day_is_a_float():
    """Return a plain Python float: wrap the numpy result in float(...)."""
    Y_hat, Y = recording(17, 40)
    rate = sub.false_alarms_per_day(Y_hat, Y, 48)
    assert type(rate) is float, f"expected a Python float, got {type(rate).__name__}"


def test_false_alarms_per_day_leaves_inputs_alone():
    """Do not change the arrays you are given."""
    Y_hat, Y = recording(18, 60)
    Y_hat_before, Y_before = Y_hat.copy(), Y.copy()
    sub.false_alarms_per_day(Y_hat, Y, 24)
    expect(Y_hat, Y_hat_before, "Y_hat after false_alarms_per_day")
    expect(Y, Y_before, "Y after false_alarms_per_day")
