"""Hidden tests: other lengths and layouts, labels that look like sequences, unequal lengths."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


@pytest.mark.parametrize("shape", [(3, 7), (40, 11), (5,), (2, 13)])
def test_sequence_length_arrays_time_is_last(shape):
    """For a numpy array, time is the LAST axis: a clip of shape (n_x, T) has T steps, not
    n_x, and not n_x * T."""
    x = np.random.default_rng(sum(shape)).normal(size=shape)
    expect(sub.sequence_length(x), shape[-1], f"sequence_length(array of shape {shape})",
           strict_type=True)


@pytest.mark.parametrize("label", ["negative", "running", 5, 2.5, np.int64(3)])
def test_sequence_length_single_labels(label):
    """A single label is ONE time step, even a word like "running": do not count its letters."""
    expect(sub.sequence_length(label), 1, f"sequence_length({label!r})")


@pytest.mark.parametrize("n", [1, 2, 6, 23])
def test_sequence_length_token_lists(n):
    """A list (or tuple) of tokens has one time step per token."""
    tokens = [f"w{i}" for i in range(n)]
    expect(sub.sequence_length(tokens), n, f"sequence_length(list of {n} tokens)")
    expect(sub.sequence_length(tuple(tokens)), n, f"sequence_length(tuple of {n} tokens)")


def test_sequence_length_scalar_array():
    """A 0-d array such as np.array(4.0) holds one value: one time step."""
    expect(sub.sequence_length(np.array(4.0)), 1, "sequence_length(np.array(4.0))")


@pytest.mark.parametrize("x, y, lengths", [
    (np.zeros((1, 300)), ["the", "quick", "brown", "fox"], (300, 4)),
    (["je", "suis", "un", "chat", "noir"], ["i", "am", "a", "black", "cat", "indeed"], (5, 6)),
    (np.zeros((12, 30)), "running", (30, 1)),
    ("rock", ["a", "b", "c", "d", "e", "f", "g"], (1, 7)),
])
def test_io_lengths_mixed_examples(x, y, lengths):
    """Return the tuple (T_x, T_y): the input's length first, then the output's, each measured
    with sequence_length."""
    expect(sub.io_lengths(x, y), lengths, "io_lengths(x, y)")


def test_io_lengths_dna():
    """DNA analysis labels every base: T_x = T_y, counted along the time axis of each."""
    x = np.eye(4)[:, [0, 2, 1, 1, 3, 0, 2]]
    y = np.array([0, 1, 1, 1, 0, 0, 1])
    expect(sub.io_lengths(x, y), (7, 7), "io_lengths(one-hot DNA (4, 7), labels (7,))")


@pytest.mark.parametrize("T_x, T_y, shape", [
    (17, 23, "many-to-many"), (30, 4, "many-to-many"), (2, 2, "many-to-many"),
    (1, 50, "one-to-many"), (1, 2, "one-to-many"), (120, 1, "many-to-one"),
    (2, 1, "many-to-one"), (1, 1, "one-to-one"),
])
def test_task_shape_all_cases(T_x, T_y, shape):
    """A side is "many" when it has MORE than one step; name the input first ("one-to-many" is
    one input, many outputs). Different lengths on both sides are still many-to-many."""
    expect(sub.task_shape(T_x, T_y), shape, f"task_shape({T_x}, {T_y})")

