"""Case study: bird recognition for the city of Quietbay (an ML strategy simulator).

Quietbay's delivery drones fly a corridor over the harbour, and gulls keep knocking them out
of the sky. The council wants a system that looks at the sky cameras' pictures and says
"bird" (y = 1) or "no bird" (y = 0), so a drone can wait. They hand you 10,000,000 labelled
sky images from the security cameras of four districts.

You are the project lead. Each function below is one decision of the project, written as
code so that it can be checked on many situations, not just one. Errors and accuracies are
fractions (0.021 means 2.1 %); label arrays follow the course: one COLUMN per image, shape
(1, m). Write the six functions between the YOUR CODE markers.
"""

import numpy as np

# The council's requirements for the camera's chip (see pick_metric).
MAX_RUNTIME = 0.5   # seconds to classify one image (the cameras take two frames a second)
MAX_MEMORY = 10.0   # megabytes

# What you can do next (see next_step).
REDUCE_BIAS = "reduce avoidable bias"
REDUCE_VARIANCE = "reduce variance"
BIGGER_DEV_SET = "get a bigger dev set"
SURPASSED = "past human level: no clear signal"

TACTICS = {
    REDUCE_BIAS: ["train a bigger network", "train longer or with a better optimizer",
                  "search for a better architecture or hyperparameters"],
    REDUCE_VARIANCE: ["get more training data", "regularize (L2, dropout, data augmentation)",
                      "search for a better architecture or hyperparameters"],
    BIGGER_DEV_SET: ["collect a bigger dev set: the small one has been overfit by tuning"],
    SURPASSED: ["look for a better proxy of the Bayes error (a bigger panel of experts)",
                "study the remaining errors one by one: progress will be slower now"],
}

CITIZENS = "citizens"


def candidate_models():
    """The five models your team has trained so far, measured on the dev set."""
    return [
        {"name": "Kestrel", "accuracy": 0.973, "runtime": 0.12, "memory": 3.0},
        {"name": "Heron", "accuracy": 0.991, "runtime": 1.40, "memory": 8.0},
        {"name": "Swift", "accuracy": 0.968, "runtime": 0.05, "memory": 1.5},
        {"name": "Osprey", "accuracy": 0.984, "runtime": 0.45, "memory": 9.5},
        {"name": "Condor", "accuracy": 0.995, "runtime": 0.30, "memory": 24.0},
    ]


def camera_districts():
    """How many of the 10,000,000 security-camera images come from each district."""
    return {"harbour": 3_100_000, "old town": 2_400_000, "hills": 1_700_000,
            "market": 2_800_000}


def pick_metric(models, max_runtime=MAX_RUNTIME, max_memory=MAX_MEMORY):
    """Choose a model with ONE optimizing metric and two satisficing metrics.

    Accuracy is the optimizing metric: as high as possible. Runtime and memory are satisficing
    metrics: they only have to be good enough, that is at most max_runtime seconds and at most
    max_memory megabytes (a model exactly at a limit is acceptable). Among the models that
    satisfy both limits, the most accurate one wins; if several share the best accuracy, the
    first of them in the list wins.

    Arguments:
    models -- a list of dicts with the keys "name", "accuracy", "runtime" (seconds per image)
              and "memory" (megabytes); leave the list as it is (do not sort it in place)
    max_runtime -- the largest acceptable runtime, a float
    max_memory -- the largest acceptable memory, a float

    Returns:
    name -- the name of the chosen model, or None if no model satisfies both limits
    """
    # YOUR CODE STARTS HERE
    # stub: name = None
    acceptable = [model for model in models
                  if model["runtime"] <= max_runtime and model["memory"] <= max_memory]
    name = None
    if acceptable:
        name = max(acceptable, key=lambda model: model["accuracy"])["name"]
    # YOUR CODE ENDS HERE
    return name


def split_dataset(camera, citizens, eval_fraction=0.025):
    """Split the images into train, dev and test sets.

    The dev and test sets must come from the distribution you care about: the security
    cameras. From EVERY district, the dev set takes round(eval_fraction * count) images, the
    test set takes the same number, and the training set keeps the rest. The citizens' photos
    come from another distribution (phones, other angles), so all of them go to the training
    set, none to dev or test.

    Arguments:
    camera -- a dict: district name -> number of security-camera images from it
    citizens -- the number of photos the citizens sent in, an int
    eval_fraction -- the share of each district given to the dev set (and to the test set)

    Returns:
    split -- a dict with the keys "train", "dev" and "test"; each value is a dict
             source -> number of images, with one key per district plus the key CITIZENS
    """
    # YOUR CODE STARTS HERE
    # stub: split = None
    split = {"train": {}, "dev": {}, "test": {}}
    for district, count in camera.items():
        n_eval = round(eval_fraction * count)
        split["dev"][district] = n_eval
        split["test"][district] = n_eval
        split["train"][district] = count - 2 * n_eval
    split["train"][CITIZENS] = citizens
    split["dev"][CITIZENS] = 0
    split["test"][CITIZENS] = 0
    # YOUR CODE ENDS HERE
    return split


def bayes_proxy(answers, y):
    """Estimate the Bayes error from a panel of human observers.

    Each observer labelled the same m images. An observer's error is the fraction of the m
    images where their answer differs from the label. The panel, debating together, answers by
    majority: it says "bird" (1) where MORE than half of the k observers said 1, else 0. The
    best proxy for the Bayes error is the lowest error reached by anyone: any single observer
    or the panel.

    Arguments:
    answers -- numpy array of 0s and 1s of shape (k, m): row j holds observer j's answers
    y -- the labels, numpy array of shape (1, m)

    Returns:
    proxy -- the lowest of the k observers' errors and the panel's error, a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: proxy = None
    k = answers.shape[0]
    observer_errors = np.mean(answers != y, axis=1)
    panel = np.sum(answers, axis=0, keepdims=True) > k / 2
    panel_error = np.mean(panel != y)
    proxy = min(np.min(observer_errors), panel_error)
    # YOUR CODE ENDS HERE
    return float(proxy)


def next_step(human_error, train_error, dev_error, test_error, tolerance=0.005):
    """Decide what the team works on next, from four error rates.

    Ask three questions, in this order:
    1. Is the test error more than tolerance above the dev error? Then the team has overfit
       the (too small) dev set by tuning on it: BIGGER_DEV_SET.
    2. Is the dev error below human-level error? Then the model beats the humans on the data
       that matters, and the human level no longer tells you how much bias is avoidable:
       SURPASSED. (A TRAINING error below human level alone does not count: with a dev
       error above it, the model has only memorized its training set.)
    3. Otherwise compare the avoidable bias (train_error - human_error) with the variance
       (dev_error - train_error) and work on the larger one: REDUCE_BIAS, or REDUCE_VARIANCE
       when the variance is strictly larger (a tie goes to the bias).

    Arguments:
    human_error -- the human-level error, your proxy for the Bayes error, a float
    train_error, dev_error, test_error -- the model's errors on the three sets, floats
    tolerance -- how much worse than the dev error the test error may be, a float

    Returns:
    step -- one of REDUCE_BIAS, REDUCE_VARIANCE, BIGGER_DEV_SET, SURPASSED
    """
    # YOUR CODE STARTS HERE
    # stub: step = None
    if test_error - dev_error > tolerance:
        step = BIGGER_DEV_SET
    elif dev_error < human_error:
        step = SURPASSED
    else:
        avoidable_bias = train_error - human_error
        variance = dev_error - train_error
        step = REDUCE_VARIANCE if variance > avoidable_bias else REDUCE_BIAS
    # YOUR CODE ENDS HERE
    return step


def weighted_error(y, y_hat, miss_weight):
    """The error rate when a missed bird counts miss_weight times as much as a false alarm.

    Every image gets a weight: w(i) = miss_weight if the image holds a bird (y(i) = 1),
    otherwise 1. Then

        weighted error = sum of w(i) over the misclassified images / sum of w(i) over all images

    Arguments:
    y -- the labels, numpy array of 0s and 1s of shape (1, m)
    y_hat -- the model's predictions, numpy array of 0s and 1s of shape (1, m)
    miss_weight -- how much worse a missed bird is than a false alarm, a positive number

    Returns:
    error -- the weighted error, a Python float in [0, 1]
    """
    # YOUR CODE STARTS HERE
    # stub: error = None
    w = np.where(y == 1, miss_weight, 1)
    error = np.sum(w * (y_hat != y)) / np.sum(w)
    # YOUR CODE ENDS HERE
    return float(error)


def change_metric(predictions, y, miss_weight):
    """Which model wins under the new metric, and does the old metric disagree?

    The council now says a missed bird is miss_weight times worse than a false alarm. Score
    every model with weighted_error (the plain error is weighted_error with miss_weight = 1).
    The new choice is the model with the lowest weighted error; the old choice is the model
    with the lowest plain error (ties: the first in the dict's order, for both). If the two
    differ, the old metric was steering the team to the wrong model: the metric must change.

    Arguments:
    predictions -- a dict: model name -> its predictions, numpy array of shape (1, m)
    y -- the labels, numpy array of shape (1, m)
    miss_weight -- as in weighted_error

    Returns:
    decision -- the tuple (choice, changed): choice is the name of the model with the lowest
                weighted error; changed is True if the plain error prefers another model
    """
    # YOUR CODE STARTS HERE
    # stub: decision = None
    names = list(predictions)
    weighted = [weighted_error(y, predictions[name], miss_weight) for name in names]
    plain = [weighted_error(y, predictions[name], 1) for name in names]
    choice = names[int(np.argmin(weighted))]
    old_choice = names[int(np.argmin(plain))]
    decision = (choice, choice != old_choice)
    # YOUR CODE ENDS HERE
    return decision
