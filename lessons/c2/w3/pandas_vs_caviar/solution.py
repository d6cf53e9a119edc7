"""Hyperparameter tuning in practice: pandas vs caviar.

Write choose_approach and babysit between the YOUR CODE markers.
"""

import numpy as np


def choose_approach(num_machines, hours_per_run, hours_available, min_models=10):
    """Panda (babysit one model) or caviar (train many models and keep the best)?

    Each machine trains one model at a time, and a run cannot be split between machines, so a
    machine finishes floor(hours_available / hours_per_run) models before the deadline.

    Arguments:
    num_machines -- how many machines (GPUs) can train at the same time
    hours_per_run -- how long one training run takes, in hours
    hours_available -- the time left before the deadline, in hours
    min_models -- how many finished models make a caviar search worth it

    Returns:
    approach -- "caviar" if at least min_models models can be trained in time, else "panda"
    num_models -- the number of models that can be trained in time, an int
    """
    # YOUR CODE STARTS HERE
    # stub: approach, num_models = None, None
    num_models = num_machines * int(hours_available // hours_per_run)
    approach = "caviar" if num_models >= min_models else "panda"
    # YOUR CODE ENDS HERE
    return approach, num_models


def make_training_day(curvatures, steps_per_day):
    """A toy model to babysit (given): one day of gradient descent on the cost
    J(w) = 0.5 * sum(curvatures * w ** 2). It diverges once learning_rate * curvature > 2.

    Returns:
    train_one_day -- a function (w, learning_rate) -> (new_w, cost) that leaves w unchanged
    """
    curvatures = np.asarray(curvatures, dtype=float)

    def train_one_day(w, learning_rate):
        for _ in range(steps_per_day):
            w = w - learning_rate * curvatures * w
        return w, float(0.5 * np.sum(curvatures * w ** 2))

    return train_one_day


def babysit(w, train_one_day, learning_rate, num_days, grow=1.2, shrink=0.5):
    """The panda approach: train one model day by day and adjust the learning rate.

    Keep a checkpoint: the best weights so far and their cost (start with w and an infinite
    cost, np.inf). Every day, train from the checkpoint with the current learning rate.
    - If the day's cost is lower than the checkpoint's, the new weights become the checkpoint
      and the learning rate is nudged up: learning_rate * grow.
    - Otherwise (a higher cost, or nan after a divergence) the day is thrown away: the
      checkpoint stays, and the learning rate is cut: learning_rate * shrink.

    Arguments:
    w -- the initial weights (any type; train_one_day knows what to do with them)
    train_one_day -- a function (w, learning_rate) -> (new_w, cost)
    learning_rate -- the learning rate of the first day
    num_days -- how many days to babysit
    grow -- the factor applied to the learning rate after a good day
    shrink -- the factor applied to the learning rate after a bad day

    Returns:
    best_w -- the weights of the best day (w itself if no day improved on it)
    best_cost -- their cost (np.inf if no day improved on it)
    learning_rates -- a list of num_days floats: the learning rate USED on each day
    """
    # YOUR CODE STARTS HERE
    # stub: best_w, best_cost, learning_rates = None, None, None
    best_w, best_cost = w, np.inf
    learning_rates = []
    for _ in range(num_days):
        learning_rates.append(learning_rate)
        new_w, cost = train_one_day(best_w, learning_rate)
        if cost < best_cost:
            best_w, best_cost = new_w, cost
            learning_rate = learning_rate * grow
        else:
            learning_rate = learning_rate * shrink
    # YOUR CODE ENDS HERE
    return best_w, best_cost, learning_rates
