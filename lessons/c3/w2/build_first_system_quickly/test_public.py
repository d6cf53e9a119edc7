"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

TASKS = [("collect noisy car recordings", "improve"),
         ("train a small model on what we have", "build"),
         ("pick a dev/test set of real user clips", "setup"),
         ("write a far-field microphone front end", "improve"),
         ("choose word error rate as the metric", "setup"),
         ("look at 100 dev mistakes", "analyze"),
         ("compare train and dev error", "analyze")]


def test_majority_baseline_error_binary():
    Y_train = np.array([[0, 0, 1, 0, 0, 0, 1, 0, 0, 1]])
    Y_dev = np.array([[0, 1, 0, 0, 0, 0, 1, 0]])
    expect(sub.majority_baseline_error(Y_train, Y_dev), 0.25,
           "majority_baseline_error(Y_train, Y_dev)")


def test_majority_baseline_error_three_classes():
    Y_train = np.array([[0, 1, 1, 2, 1, 0, 1, 2]])
    Y_dev = np.array([[1, 0, 2, 1, 1, 2]])
    expect(sub.majority_baseline_error(Y_train, Y_dev), 0.5,
           "majority_baseline_error(Y_train, Y_dev)")


def test_first_system_plan_speech_recognizer():
    expect(sub.first_system_plan(TASKS),
           ["pick a dev/test set of real user clips", "choose word error rate as the metric",
            "train a small model on what we have",
            "look at 100 dev mistakes", "compare train and dev error",
            "collect noisy car recordings", "write a far-field microphone front end"],
           "first_system_plan(tasks)")
