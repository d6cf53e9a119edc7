"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect

BIGGER = "train a bigger model"
LONGER = "train longer or with a better optimizer (momentum, RMSprop, Adam)"
SEARCH = "change the architecture or search the hyperparameters"
DATA = "get more training data"
REGULARIZE = "regularize (L2, dropout, data augmentation)"


def test_tactics_for_each_problem():
    cases = {"bias": sorted([BIGGER, LONGER, SEARCH]),
             "variance": sorted([DATA, REGULARIZE, SEARCH]),
             None: []}
    for problem, tactics in cases.items():
        result = sub.tactics_for(problem)
        assert isinstance(result, list), f"tactics_for({problem!r}) should return a list"
        expect(sorted(result), tactics, f"sorted(tactics_for({problem!r}))")


def test_problems_to_fix_examples():
    expect(sub.problems_to_fix(0.01, 0.08, 0.10), ["bias", "variance"],
           "problems_to_fix(0.01, 0.08, 0.10)")
    expect(sub.problems_to_fix(0.075, 0.08, 0.10), ["variance"],
           "problems_to_fix(0.075, 0.08, 0.10)")
    expect(sub.problems_to_fix(0.01, 0.03, 0.10), ["variance", "bias"],
           "problems_to_fix(0.01, 0.03, 0.10)")
    expect(sub.problems_to_fix(0.005, 0.006, 0.008), [], "problems_to_fix(0.005, 0.006, 0.008)")


def toy_model(size, strength):
    """The model of the explanation: bigger fits better, regularization halves the dev gap."""
    train_error = 0.02 + 0.15 / size**2 + 0.001 * strength
    dev_error = train_error + 0.012 * size / 2**strength
    return train_error, dev_error


def test_run_recipe_example():
    expect(sub.run_recipe(toy_model, 0.02),
           [BIGGER, BIGGER, REGULARIZE, REGULARIZE, BIGGER, REGULARIZE, BIGGER, "done"],
           "run_recipe(toy_model, 0.02)")
