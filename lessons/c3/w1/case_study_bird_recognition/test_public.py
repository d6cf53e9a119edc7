"""Public tests: these are shown to you, with the values they expect.

They use Quietbay's own numbers, the ones worked through in the explanation.
"""

import numpy as np

import submission as sub
from engine.testkit import expect

MODELS = [
    {"name": "Kestrel", "accuracy": 0.973, "runtime": 0.12, "memory": 3.0},
    {"name": "Heron", "accuracy": 0.991, "runtime": 1.40, "memory": 8.0},
    {"name": "Swift", "accuracy": 0.968, "runtime": 0.05, "memory": 1.5},
    {"name": "Osprey", "accuracy": 0.984, "runtime": 0.45, "memory": 9.5},
    {"name": "Condor", "accuracy": 0.995, "runtime": 0.30, "memory": 24.0},
]
DISTRICTS = {"harbour": 3_100_000, "old town": 2_400_000, "hills": 1_700_000,
             "market": 2_800_000}


def test_pick_metric_quietbay():
    expect(sub.pick_metric(MODELS, 0.5, 10.0), "Osprey", "pick_metric(models, 0.5, 10.0)")


def test_pick_metric_limits():
    expect(sub.pick_metric(MODELS, 0.45, 9.5), "Osprey",
           "pick_metric(models, 0.45, 9.5) (Osprey sits exactly on both limits)")
    expect(sub.pick_metric(MODELS, 0.1, 10.0), "Swift", "pick_metric(models, 0.1, 10.0)")
    expect(sub.pick_metric(MODELS, 0.5, 30.0), "Condor", "pick_metric(models, 0.5, 30.0)")
    expect(sub.pick_metric(MODELS, 0.01, 10.0), None, "pick_metric(models, 0.01, 10.0)")


def test_split_dataset_quietbay():
    expect(sub.split_dataset(DISTRICTS, 1_000_000), {
        "train": {"harbour": 2_945_000, "old town": 2_280_000, "hills": 1_615_000,
                  "market": 2_660_000, "citizens": 1_000_000},
        "dev": {"harbour": 77_500, "old town": 60_000, "hills": 42_500, "market": 70_000,
                "citizens": 0},
        "test": {"harbour": 77_500, "old town": 60_000, "hills": 42_500, "market": 70_000,
                 "citizens": 0},
    }, "split_dataset(districts, 1_000_000)")


def test_split_dataset_one_percent():
    expect(sub.split_dataset({"north": 500_000, "south": 300_000}, 20_000, eval_fraction=0.01), {
        "train": {"north": 490_000, "south": 294_000, "citizens": 20_000},
        "dev": {"north": 5_000, "south": 3_000, "citizens": 0},
        "test": {"north": 5_000, "south": 3_000, "citizens": 0},
    }, "split_dataset({'north': 500_000, 'south': 300_000}, 20_000, eval_fraction=0.01)")


Y10 = np.array([[1, 0, 1, 1, 0, 0, 1, 0, 1, 0]])


def test_bayes_proxy_panel_wins():
    answers = np.array([[1, 1, 1, 0, 0, 0, 0, 0, 1, 0],    # a passer-by: errors 0.3
                        [1, 0, 0, 1, 0, 0, 1, 0, 0, 0],    # a harbour guard: 0.2
                        [1, 0, 0, 1, 0, 1, 1, 0, 1, 0]])   # an ornithologist: 0.2
    expect(sub.bayes_proxy(answers, Y10), 0.1, "bayes_proxy(answers, y) (the panel: 0.1)",
           strict_type=True)


def test_bayes_proxy_expert_wins():
    answers = np.array([[1, 1, 1, 0, 0, 0, 0, 0, 1, 0],    # errors 0.3
                        [1, 0, 0, 1, 0, 0, 0, 0, 0, 0],    # errors 0.3
                        [1, 0, 1, 1, 0, 0, 1, 0, 1, 0]])   # no error at all
    expect(sub.bayes_proxy(answers, Y10), 0.0,
           "bayes_proxy(answers, y) (the panel errs once, the third observer never)",
           strict_type=True)


def test_next_step_quietbay():
    expect(sub.next_step(0.002, 0.021, 0.023, 0.024), "reduce avoidable bias",
           "next_step(0.002, 0.021, 0.023, 0.024)")
    expect(sub.next_step(0.010, 0.012, 0.041, 0.043), "reduce variance",
           "next_step(0.010, 0.012, 0.041, 0.043)")
    expect(sub.next_step(0.002, 0.021, 0.023, 0.071), "get a bigger dev set",
           "next_step(0.002, 0.021, 0.023, 0.071)")
    expect(sub.next_step(0.002, 0.001, 0.0015, 0.0017), "past human level: no clear signal",
           "next_step(0.002, 0.001, 0.0015, 0.0017)")


def test_weighted_error_example():
    y = np.array([[1, 0, 1, 0, 0, 0, 1, 0]])
    y_hat = np.array([[1, 0, 0, 0, 1, 1, 1, 0]])
    expect(sub.weighted_error(y, y_hat, 10), 12 / 35, "weighted_error(y, y_hat, 10)",
           strict_type=True)
    expect(sub.weighted_error(y, y_hat, 1), 0.375, "weighted_error(y, y_hat, 1)",
           strict_type=True)


def test_change_metric_example():
    y = np.array([[1, 1, 0, 0, 0, 0, 0, 0, 1, 0]])
    predictions = {"Osprey": np.array([[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]]),
                   "Kestrel": np.array([[1, 1, 1, 0, 0, 1, 0, 1, 1, 0]])}
    expect(sub.change_metric(predictions, y, 10), ("Kestrel", True),
           "change_metric(predictions, y, 10)")
    expect(sub.change_metric(predictions, y, 1), ("Osprey", False),
           "change_metric(predictions, y, 1)")
