"""Hidden tests: new tables, splits, panels and error tables, compared with the reference and
with the rules of the explanation."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [3, 17, 42, 99]


# --------------------------------------------------------------------------- pick_metric

def random_models(seed, n=8):
    rng = np.random.default_rng(seed)
    return [{"name": f"model-{i}", "accuracy": round(float(rng.uniform(0.90, 0.999)), 4),
             "runtime": round(float(rng.uniform(0.01, 2.0)), 2),
             "memory": round(float(rng.uniform(0.5, 40.0)), 1)} for i in range(n)]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("limits", [(0.5, 10.0), (1.0, 20.0), (2.0, 5.0)])
def test_pick_metric_random_tables(seed, limits):
    """Keep only the models within BOTH limits (runtime <= max_runtime and memory <=
    max_memory), then take the most accurate of those."""
    models = random_models(seed)
    expected = reference().pick_metric(copy.deepcopy(models), *limits)
    expect(sub.pick_metric(models, *limits), expected, f"pick_metric(models, {limits[0]}, "
           f"{limits[1]})")


def test_pick_metric_limits_are_inclusive():
    """'At most 0.5 s' includes 0.5 s exactly: compare with <=, not <."""
    models = [{"name": "edge", "accuracy": 0.99, "runtime": 0.5, "memory": 10.0},
              {"name": "safe", "accuracy": 0.95, "runtime": 0.2, "memory": 4.0}]
    expect(sub.pick_metric(models, 0.5, 10.0), "edge", "pick_metric(models, 0.5, 10.0)")


def test_pick_metric_memory_is_a_limit_too():
    """Both satisficing metrics count: a fast model that does not fit in memory is out."""
    models = [{"name": "fast-but-big", "accuracy": 0.99, "runtime": 0.1, "memory": 64.0},
              {"name": "fits", "accuracy": 0.97, "runtime": 0.3, "memory": 8.0}]
    expect(sub.pick_metric(models, 0.5, 10.0), "fits", "pick_metric(models, 0.5, 10.0)")


def test_pick_metric_optimizes_accuracy_not_speed():
    """Once a model is within the limits, being even faster earns nothing: the most ACCURATE
    acceptable model wins."""
    models = [{"name": "quick", "accuracy": 0.95, "runtime": 0.01, "memory": 1.0},
              {"name": "accurate", "accuracy": 0.98, "runtime": 0.4, "memory": 9.0},
              {"name": "too slow", "accuracy": 0.995, "runtime": 0.9, "memory": 2.0}]
    expect(sub.pick_metric(models, 0.5, 10.0), "accurate", "pick_metric(models, 0.5, 10.0)")


def test_pick_metric_nothing_fits_and_ties():
    """None when no model is within both limits; among equally accurate models, the first in
    the list wins."""
    models = [{"name": "a", "accuracy": 0.97, "runtime": 0.3, "memory": 5.0},
              {"name": "b", "accuracy": 0.97, "runtime": 0.1, "memory": 2.0}]
    expect(sub.pick_metric(models, 0.05, 10.0), None, "pick_metric(models, 0.05, 10.0)")
    expect(sub.pick_metric(models, 0.5, 10.0), "a", "pick_metric(models, 0.5, 10.0) (a tie)")


def test_pick_metric_leaves_the_list_alone():
    """The caller's list must keep its order: filter into a new list (or use max), do not
    call models.sort()."""
    models = random_models(5)
    before = copy.deepcopy(models)
    sub.pick_metric(models, 1.0, 20.0)
    expect([m["name"] for m in models], [m["name"] for m in before],
           "the names in models after pick_metric, in order")


# --------------------------------------------------------------------------- split_dataset

def random_districts(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 6))
    return {f"district {chr(65 + i)}": int(rng.integers(50, 20_000)) * 200 for i in range(n)}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("fraction", [0.01, 0.025, 0.05, 0.1])
def test_split_dataset_random_cities(seed, fraction):
    """From EVERY district: round(eval_fraction * count) images to dev, as many to test, the
    rest to train; every citizens' photo goes to train."""
    camera = random_districts(seed)
    citizens = 1000 * seed
    expected = reference().split_dataset(dict(camera), citizens, fraction)
    expect(sub.split_dataset(camera, citizens, fraction), expected,
           f"split_dataset({camera}, {citizens}, {fraction})")


def test_split_dataset_dev_and_test_share_a_distribution():
    """Dev and test must come from the same distribution: each district makes up the same
    share of the dev set as of the test set (and as of the camera data)."""
    camera = {"east": 4_000_000, "west": 1_000_000, "centre": 5_000_000}
    split = sub.split_dataset(camera, 2_000_000, 0.02)
    total = sum(camera.values())
    for name, count in camera.items():
        for part in ("dev", "test"):
            share = split[part][name] / sum(v for k, v in split[part].items() if k != "citizens")
            expect(share, count / total, f"share of {name!r} in the {part} set")


def test_split_dataset_citizens_only_train():
    """The citizens' photos come from another distribution: they may help in training, but
    the dev and test sets must hold none of them."""
    split = sub.split_dataset({"only district": 1_000_000}, 300_000, 0.025)
    expect(split["dev"]["citizens"], 0, "split['dev']['citizens']")
    expect(split["test"]["citizens"], 0, "split['test']['citizens']")
    expect(split["train"]["citizens"], 300_000, "split['train']['citizens']")


def test_split_dataset_uses_the_fraction():
    """With 10,000,000 images, 2.5 % is 250,000 for dev: plenty. The fraction is an argument;
    use it rather than a fixed 20 %."""
    split = sub.split_dataset({"all": 10_000_000}, 0, 0.025)
    expect(split["dev"]["all"], 250_000, "split['dev']['all']")
    expect(split["train"]["all"], 9_500_000, "split['train']['all']")


def test_split_dataset_leaves_the_input_alone():
    """Build new dicts; the camera dict you are given must not change."""
    camera = {"north": 600_000, "south": 400_000}
    sub.split_dataset(camera, 50_000, 0.05)
    expect(camera, {"north": 600_000, "south": 400_000}, "camera after split_dataset")


# --------------------------------------------------------------------------- bayes_proxy

def random_panel(seed, k, m):
    """k observers with error rates between 1 % and 30 % on m images."""
    rng = np.random.default_rng(seed)
    y = (rng.random((1, m)) < 0.4).astype(int)
    rates = rng.uniform(0.01, 0.3, (k, 1))
    flips = rng.random((k, m)) < rates
    answers = np.where(flips, 1 - y, y)
    return answers, y


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("k, m", [(3, 40), (5, 200), (4, 30), (7, 11)])
def test_bayes_proxy_random_panels(seed, k, m):
    """Observer errors: the mean of (answers != y) along axis 1 (one per observer, row). The
    panel says 1 where more than k / 2 observers say 1. Return the smallest error of all."""
    answers, y = random_panel(seed, k, m)
    expected = reference().bayes_proxy(answers.copy(), y.copy())
    expect(sub.bayes_proxy(answers, y), expected, f"bayes_proxy(answers {answers.shape}, y)",
           strict_type=True)


def test_bayes_proxy_is_the_best_not_the_average():
    """The proxy for the Bayes error is the BEST human performance, not the typical one:
    with errors 0.25, 0.05 and 0.15 and a panel at 0.15, the answer is 0.05."""
    y = np.array([[1, 0] * 10])
    answers = np.repeat(y, 3, axis=0)
    answers[0, :5] = 1 - answers[0, :5]          # 5 errors out of 20
    answers[1, 5:6] = 1 - answers[1, 5:6]        # 1 error
    answers[2, 0:3] = 1 - answers[2, 0:3]        # 3 errors, shared with the first observer
    # the panel errs where two observers do (images 0, 1 and 2): 0.15
    expect(sub.bayes_proxy(answers, y), 0.05, "bayes_proxy(answers, y)", strict_type=True)


def test_bayes_proxy_panel_beats_everyone():
    """A debating panel can beat each of its members: count the majority vote as one more
    candidate for the lowest error."""
    y = np.array([[1, 1, 0, 0, 1, 0]])
    answers = np.array([[0, 1, 0, 0, 1, 0],
                        [1, 0, 0, 0, 1, 0],
                        [1, 1, 1, 0, 1, 0]])
    expect(sub.bayes_proxy(answers, y), 0.0, "bayes_proxy(answers, y)", strict_type=True)


def test_bayes_proxy_majority_not_any():
    """The panel follows the MAJORITY: one nervous observer who sees birds everywhere does not
    outvote the rest."""
    y = np.array([[0, 0, 0, 1, 0, 1, 0, 0]])
    answers = np.array([[1, 1, 1, 1, 1, 1, 1, 1],
                        [0, 0, 0, 1, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0, 1, 0, 0]])
    # observers: 0.75, 0.125, 0.125; the majority vote gets everything right
    expect(sub.bayes_proxy(answers, y), 0.0, "bayes_proxy(answers, y)", strict_type=True)


def test_bayes_proxy_even_panel_tie_is_no_bird():
    """With an even number of observers a 2-2 split is not MORE than half: the panel says 0."""
    y = np.array([[1, 1, 0, 0, 1]])
    answers = np.array([[1, 1, 0, 0, 0],
                        [1, 1, 0, 0, 0],
                        [1, 0, 0, 0, 1],
                        [0, 1, 1, 0, 1]])
    # observers: 0.2, 0.2, 0.2, 0.4; the panel says 0 on image 4 (a 2-2 tie): 0.2
    expect(sub.bayes_proxy(answers, y), 0.2, "bayes_proxy(answers, y)", strict_type=True)


# --------------------------------------------------------------------------- next_step

CASES = [
    # human, train, dev, test, expected
    (0.002, 0.021, 0.023, 0.024, "reduce avoidable bias"),
    (0.080, 0.090, 0.120, 0.121, "reduce variance"),         # bias 1 point, variance 3
    (0.005, 0.006, 0.030, 0.031, "reduce variance"),
    (0.010, 0.040, 0.045, 0.043, "reduce avoidable bias"),   # test better than dev: fine
    (0.125, 0.250, 0.375, 0.375, "reduce avoidable bias"),   # a tie goes to the bias
    (0.010, 0.012, 0.015, 0.060, "get a bigger dev set"),
    (0.002, 0.001, 0.001, 0.0012, "past human level: no clear signal"),
    (0.050, 0.030, 0.080, 0.081, "reduce variance"),         # memorized, not superhuman
    (0.010, 0.004, 0.008, 0.009, "past human level: no clear signal"),
    (0.001, 0.003, 0.070, 0.090, "get a bigger dev set"),    # checked first
]


@pytest.mark.parametrize("human, train, dev, test, expected", CASES)
def test_next_step_table(human, train, dev, test, expected):
    """First the test/dev gap (> tolerance: bigger dev set), then dev < human (surpassed),
    then the larger of avoidable bias = train - human and variance = dev - train."""
    expect(sub.next_step(human, train, dev, test), expected,
           f"next_step({human}, {train}, {dev}, {test})")


def test_next_step_bias_is_measured_from_human_level():
    """Avoidable bias is train_error MINUS human_error: with blurry images where people get
    8 % wrong, a 9 % training error leaves only 1 point to gain."""
    expect(sub.next_step(0.08, 0.09, 0.12, 0.12), "reduce variance",
           "next_step(0.08, 0.09, 0.12, 0.12)")


def test_next_step_variance_is_measured_from_train():
    """Variance is dev_error minus TRAIN error, not minus the human level."""
    expect(sub.next_step(0.01, 0.05, 0.08, 0.08), "reduce avoidable bias",
           "next_step(0.01, 0.05, 0.08, 0.08)")


@pytest.mark.parametrize("seed", SEEDS)
def test_next_step_random(seed):
    """Same three questions, same order, on random error tables and tolerances."""
    rng = np.random.default_rng(seed)
    for _ in range(40):
        human = float(rng.uniform(0, 0.05))
        train = float(human + rng.uniform(-0.01, 0.05))
        dev = float(train + rng.uniform(0, 0.05))
        test = float(dev + rng.uniform(-0.01, 0.03))
        tolerance = float(rng.choice([0.002, 0.005, 0.01]))
        expected = reference().next_step(human, train, dev, test, tolerance)
        expect(sub.next_step(human, train, dev, test, tolerance), expected,
               f"next_step({human:.4f}, {train:.4f}, {dev:.4f}, {test:.4f}, {tolerance})")


# --------------------------------------------------------------------------- weighted_error

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m, miss_weight", [(12, 10), (50, 3.5), (7, 100)])
def test_weighted_error_random(seed, m, miss_weight):
    """w = miss_weight on bird images (y = 1), 1 elsewhere; divide the weight of the mistakes
    by the TOTAL weight (not by m)."""
    rng = np.random.default_rng(seed)
    y = (rng.random((1, m)) < 0.3).astype(int)
    y_hat = (rng.random((1, m)) < 0.3).astype(int)
    expected = reference().weighted_error(y.copy(), y_hat.copy(), miss_weight)
    expect(sub.weighted_error(y, y_hat, miss_weight), expected,
           f"weighted_error(y, y_hat, {miss_weight})", strict_type=True)


def test_weighted_error_independent_formula():
    """Misses cost miss_weight, false alarms cost 1: 2 misses and 3 false alarms among 4 birds
    and 6 other images give (2 * 5 + 3) / (4 * 5 + 6)."""
    y = np.array([[1, 1, 1, 1, 0, 0, 0, 0, 0, 0]])
    y_hat = np.array([[0, 0, 1, 1, 1, 1, 1, 0, 0, 0]])
    expect(sub.weighted_error(y, y_hat, 5), 13 / 26, "weighted_error(y, y_hat, 5)",
           strict_type=True)


def test_weighted_error_properties():
    """Ordinary images keep weight 1; with miss_weight = 1 you get the plain error; a perfect
    model has error 0 and a model wrong everywhere has error 1."""
    y = np.array([[0, 0, 1, 0, 0]])
    only_false_alarms = np.array([[1, 1, 1, 0, 0]])
    expect(sub.weighted_error(y, only_false_alarms, 10), 2 / 14,
           "weighted_error (two false alarms, no miss)", strict_type=True)
    expect(sub.weighted_error(y, only_false_alarms, 1), 0.4, "weighted_error(..., 1)",
           strict_type=True)
    expect(sub.weighted_error(y, y.copy(), 10), 0.0, "weighted_error(y, y, 10)",
           strict_type=True)
    expect(sub.weighted_error(y, 1 - y, 10), 1.0, "weighted_error(y, 1 - y, 10)",
           strict_type=True)


# --------------------------------------------------------------------------- change_metric

def random_predictions(seed, n_models, m):
    rng = np.random.default_rng(seed)
    y = (rng.random((1, m)) < 0.3).astype(int)
    predictions = {}
    for i in range(n_models):
        miss, alarm = rng.uniform(0, 0.5), rng.uniform(0, 0.3)
        flip = np.where(y == 1, rng.random((1, m)) < miss, rng.random((1, m)) < alarm)
        predictions[f"model-{i}"] = np.where(flip, 1 - y, y)
    return predictions, y


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_models, m, miss_weight", [(2, 30, 10), (4, 80, 5), (6, 25, 20)])
def test_change_metric_random(seed, n_models, m, miss_weight):
    """Score every model with weighted_error(y, y_hat, miss_weight) (the new metric) and with
    miss_weight = 1 (the old one); the choice is the lowest NEW score, and changed says
    whether the old metric would have chosen another model."""
    predictions, y = random_predictions(seed, n_models, m)
    expected = reference().change_metric({k: v.copy() for k, v in predictions.items()},
                                         y.copy(), miss_weight)
    expect(sub.change_metric(predictions, y, miss_weight), expected,
           f"change_metric({n_models} models, y, {miss_weight})")


def test_change_metric_missed_birds_matter():
    """A model that rarely raises alarms but misses birds looks best on plain error; once a
    miss costs 10 false alarms, the careful model wins and the metric has changed the choice."""
    y = np.array([[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]])
    predictions = {"silent": np.zeros((1, 12), dtype=int),
                   "careful": np.array([[1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0]])}
    expect(sub.change_metric(predictions, y, 10), ("careful", True),
           "change_metric(predictions, y, 10)")


def test_change_metric_no_change_needed():
    """When both metrics prefer the same model, changed is False: the old metric was fine."""
    y = np.array([[1, 0, 1, 0, 0, 0]])
    predictions = {"good": np.array([[1, 0, 1, 0, 1, 0]]),
                   "bad": np.array([[0, 0, 0, 1, 1, 0]])}
    expect(sub.change_metric(predictions, y, 10), ("good", False),
           "change_metric(predictions, y, 10)")


def test_change_metric_weights_follow_the_labels():
    """Call weighted_error(y, y_hat, ...) with the LABELS first: the weight depends on whether
    the image really holds a bird, not on what the model said."""
    y = np.array([[1, 1, 0, 0, 0, 0, 0, 0]])
    predictions = {"alarmist": np.array([[1, 1, 1, 1, 1, 1, 0, 0]]),
                   "misses one": np.array([[1, 0, 0, 0, 0, 0, 0, 0]])}
    # weights from y: alarmist 4 / 26, misses one 10 / 26
    expect(sub.change_metric(predictions, y, 10), ("alarmist", True),
           "change_metric(predictions, y, 10)")
