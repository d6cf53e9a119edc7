"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_next_actions_each_diagnosis():
    expect(sub.next_actions("high bias"),
           ["bigger network", "train longer", "try another architecture"],
           "next_actions('high bias')")
    expect(sub.next_actions("high variance"),
           ["get more data", "regularization", "try another architecture"],
           "next_actions('high variance')")
    expect(sub.next_actions("high bias and high variance"),
           ["bigger network", "train longer", "try another architecture"],
           "next_actions('high bias and high variance')")
    expect(sub.next_actions("low bias and low variance"), [],
           "next_actions('low bias and low variance')")


def test_follow_recipe_example():
    measurements = [(0.15, 0.16), (0.01, 0.12), (0.015, 0.025), (0.2, 0.2)]
    expect(sub.follow_recipe(measurements),
           [["bigger network", "train longer", "try another architecture"],
            ["get more data", "regularization", "try another architecture"],
            []],
           "follow_recipe(measurements)")
