"""Satisficing and optimizing metrics: maximize one number, keep the others good enough.

A model is described by a dict of its metrics, for example
    {"accuracy": 0.93, "runtime_ms": 100, "memory_mb": 9}
and the satisficing thresholds by a dict of upper limits, for example
    {"runtime_ms": 100, "memory_mb": 10}
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def satisfies(model, thresholds):
    """Whether a model meets every satisficing threshold.

    A metric meets its threshold when its value is AT MOST the threshold. Metrics without a
    threshold (such as the optimizing metric) do not matter here.

    Arguments:
    model -- a dict from metric name to value
    thresholds -- a dict from metric name to the largest acceptable value

    Returns:
    ok -- True when model[name] <= limit for every (name, limit) in thresholds, else False
    """
    # YOUR CODE STARTS HERE
    # stub: ok = None
    ok = all(model[name] <= limit for name, limit in thresholds.items())
    # YOUR CODE ENDS HERE
    return ok


def choose_model(models, thresholds, optimizing="accuracy"):
    """The best model by the optimizing metric among those that meet every threshold.

    Use your satisfies. Among the models that satisfy the thresholds, pick the one with the
    HIGHEST value of the optimizing metric; on a tie, the first of them. If no model meets
    the thresholds, there is nothing to choose.

    Arguments:
    models -- a list of model dicts
    thresholds -- a dict from metric name to the largest acceptable value
    optimizing -- the name of the metric to maximize

    Returns:
    best -- the index of the chosen model IN models (an int), or None
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    best = None
    for i, model in enumerate(models):
        if satisfies(model, thresholds) and (
                best is None or model[optimizing] > models[best][optimizing]):
            best = i
    # YOUR CODE ENDS HERE
    return best


def false_alarms_per_day(Y_hat, Y, hours):
    """How often a wake-word detector wakes up when nobody said the word, per 24 hours.

    The test recording lasts `hours` hours and is cut into m clips, one per column. A false
    alarm is a clip with Y_hat == 1 (the device woke up) and Y == 0 (nobody said the word).

    Arguments:
    Y_hat -- detections, numpy array of shape (1, m) with values 0 or 1
    Y -- whether the wake word was really said, shape (1, m), values 0 or 1
    hours -- how long the recording lasts, a positive number

    Returns:
    rate -- the number of false alarms scaled to 24 hours, a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: rate = None
    false_alarms = np.sum((Y_hat == 1) & (Y == 0))
    rate = float(false_alarms * 24 / hours)
    # YOUR CODE ENDS HERE
    return rate
