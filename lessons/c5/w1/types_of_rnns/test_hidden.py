"""Hidden tests: every architecture at other lengths, edge cases, and consistency."""

import pytest

import submission as sub
from engine.testkit import expect, reference

LENGTHS = [(1, 1), (1, 2), (1, 37), (2, 1), (50, 1), (2, 2), (13, 13), (5, 7), (12, 4), (2, 3)]


@pytest.mark.parametrize("T_x, T_y", LENGTHS)
def test_classify_architecture_all_lengths(T_x, T_y):
    """Check the "one" cases first: (1, 1) is one-to-one. One input and many outputs is
    one-to-many; many inputs and one output is many-to-one. Only when both sides are many do
    you compare T_x with T_y."""
    expect(sub.classify_architecture(T_x, T_y), reference().classify_architecture(T_x, T_y),
           f"classify_architecture({T_x}, {T_y})")


ARCHS = ["one-to-one", "one-to-many", "many-to-one", "many-to-many-equal", "many-to-many-unequal"]


@pytest.mark.parametrize("architecture, T_x, T_y", [
    ("one-to-one", 1, 1), ("one-to-many", 1, 11), ("many-to-one", 30, 1),
    ("many-to-many-equal", 6, 6), ("many-to-many-unequal", 10, 4),
    ("many-to-many-unequal", 3, 8),
])
def test_num_outputs_each_architecture(architecture, T_x, T_y):
    """Count the predictions only, not the steps: many-to-one makes ONE prediction however long
    the input; an encoder-decoder makes T_y (its T_x encoder steps predict nothing)."""
    expect(sub.num_outputs(architecture, T_x, T_y),
           reference().num_outputs(architecture, T_x, T_y),
           f"num_outputs({architecture!r}, {T_x}, {T_y})")


def test_num_outputs_unknown_architecture():
    """An architecture that is not one of the five names is an error: raise ValueError."""
    with pytest.raises(ValueError):
        sub.num_outputs("many-to-some", 3, 2)


@pytest.mark.parametrize("architecture, T_x, T_y", [
    ("one-to-one", 1, 1), ("one-to-many", 1, 6), ("many-to-one", 12, 1),
    ("many-to-many-equal", 5, 5), ("many-to-many-unequal", 6, 2),
    ("many-to-many-unequal", 2, 5),
])
def test_output_time_steps_each_architecture(architecture, T_x, T_y):
    """Steps are counted from 1. A many-to-one network predicts at its LAST input step; an
    encoder-decoder reads T_x steps first and predicts at T_x + 1 .. T_x + T_y."""
    expect(sub.output_time_steps(architecture, T_x, T_y),
           reference().output_time_steps(architecture, T_x, T_y),
           f"output_time_steps({architecture!r}, {T_x}, {T_y})")


@pytest.mark.parametrize("T_x, T_y", [(9, 3), (3, 9), (7, 7), (1, 5), (6, 1)])
def test_output_time_steps_consistent(T_x, T_y):
    """The list is increasing, starts at 1 or later, and holds exactly as many steps as the
    architecture makes predictions; an encoder-decoder never predicts while still reading."""
    arch = reference().classify_architecture(T_x, T_y)
    steps = sub.output_time_steps(arch, T_x, T_y)
    expect(len(steps), reference().num_outputs(arch, T_x, T_y), "len(steps)")
    assert steps == sorted(steps) and steps[0] >= 1, "steps must increase and start at 1 or more"
    if arch == "many-to-many-unequal":
        assert steps[0] > T_x, "the decoder starts after the encoder has read all T_x inputs"
