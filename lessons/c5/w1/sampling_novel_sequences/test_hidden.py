"""Hidden tests: random tables of other sizes, other <EOS> positions, seeds and temperatures,
compared with the reference, plus properties every sampled sequence must have."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_table(seed, vocab_size, eos_index, density=0.6):
    """A random table whose columns are distributions with some forbidden (zero) transitions."""
    rng = np.random.default_rng(seed)
    table = rng.random((vocab_size, vocab_size)) * (rng.random((vocab_size, vocab_size)) < density)
    table[eos_index, :] += 0.15          # every token can end the sequence ...
    table[eos_index, eos_index] = 0.0    # ... but a sequence is never empty
    table[(eos_index + 1) % vocab_size, eos_index] += 0.1
    return table / table.sum(axis=0, keepdims=True)


@pytest.mark.parametrize("shape, temperature", [((5, 3), 0.5), ((4, 7), 2.0), ((6, 2), 0.8),
                                                ((3, 1), 3.0)])
def test_apply_temperature_columns(shape, temperature):
    """Raise every probability to the power 1/temperature, then divide each COLUMN (axis 0,
    keepdims) by its own new total."""
    probs = np.random.default_rng(shape[0] * 10 + shape[1]).random(shape)
    probs = probs / probs.sum(axis=0, keepdims=True)
    expected = reference().apply_temperature(probs.copy(), temperature)
    expect(sub.apply_temperature(probs, temperature), expected,
           f"apply_temperature(probs {shape}, {temperature})")


@pytest.mark.parametrize("temperature", [0.3, 1.7])
def test_apply_temperature_gives_distributions(temperature):
    """Every column of the result is a probability distribution: non-negative, summing to 1."""
    probs = random_table(4, 6, 2)[:, :4]
    p = sub.apply_temperature(probs, temperature)
    assert np.all(p >= 0), "apply_temperature returned negative probabilities"
    expect(p.sum(axis=0), np.ones(4), "the column sums of apply_temperature(probs, T)")


def test_apply_temperature_keeps_zeros_and_order():
    """A forbidden token (probability 0) stays forbidden, and the most likely token stays the
    most likely: the power 1/T keeps 0 at 0 and keeps the order."""
    probs = np.array([0.0, 0.1, 0.6, 0.3])
    for temperature in (0.4, 2.5):
        p = sub.apply_temperature(probs, temperature)
        assert p[0] == 0.0, f"a zero probability became {p[0]} at temperature {temperature}"
        assert list(np.argsort(p)) == [0, 1, 3, 2], "the order of the probabilities changed"


def test_apply_temperature_extremes():
    """A low temperature sharpens (the top token gains), a high one flattens (the top token
    loses): temperature T uses the power 1/T, not T."""
    probs = np.array([0.2, 0.5, 0.3])
    assert sub.apply_temperature(probs, 0.25)[1] > 0.85, "T = 0.25 should make 0.5 dominate"
    high = sub.apply_temperature(probs, 20.0)
    assert np.max(high) - np.min(high) < 0.05, "T = 20 should be close to uniform"


def test_apply_temperature_leaves_the_input_alone():
    """Work on a new array: the caller's probabilities must not change."""
    probs = np.array([[0.5, 0.1], [0.3, 0.6], [0.2, 0.3]])
    before = probs.copy()
    sub.apply_temperature(probs, 0.5)
    expect(probs, before, "probs after apply_temperature(probs, 0.5)")


@pytest.mark.parametrize("seed, vocab_size, eos_index, temperature",
                         [(1, 6, 0, 1.0), (2, 9, 4, 1.0), (3, 5, 4, 0.6), (4, 12, 7, 1.5),
                          (5, 7, 2, 1.0), (8, 27, 0, 1.0)])
def test_sample_sequence_matches_reference(seed, vocab_size, eos_index, temperature):
    """One generator for the whole sequence, one rng.choice(vocab_size, p=p) per token, the
    first column read is transitions[:, eos_index], and each draw becomes the next column."""
    table = random_table(seed, vocab_size, eos_index)
    for s in range(seed, seed + 5):
        expected = reference().sample_sequence(table.copy(), eos_index, 15, s, temperature)
        expect(sub.sample_sequence(table, eos_index, 15, s, temperature), expected,
               f"sample_sequence(table {vocab_size}x{vocab_size}, eos={eos_index}, 15, seed={s})")


@pytest.mark.parametrize("seed, vocab_size, eos_index", [(11, 6, 3), (12, 10, 0)])
def test_sample_sequence_shape_of_a_sequence(seed, vocab_size, eos_index):
    """Every sequence ends with <EOS>, holds <EOS> nowhere else, has at most max_length + 1
    entries, and contains Python ints in range."""
    table = random_table(seed, vocab_size, eos_index)
    for s in range(30):
        indices = sub.sample_sequence(table, eos_index, 8, s)
        assert isinstance(indices, list), f"expected a list, got {type(indices).__name__}"
        assert indices and indices[-1] == eos_index, f"seed {s}: {indices} does not end with <EOS>"
        assert eos_index not in indices[:-1], f"seed {s}: {indices} goes on after <EOS>"
        assert len(indices) <= 9, f"seed {s}: {len(indices)} entries, more than max_length + 1"
        assert all(0 <= i < vocab_size for i in indices), f"seed {s}: index out of range"


@pytest.mark.parametrize("seed, vocab_size, eos_index", [(21, 7, 1), (22, 5, 0)])
def test_sample_sequence_follows_allowed_transitions(seed, vocab_size, eos_index):
    """Each token must be drawn from the COLUMN of the token before it: a zero in
    transitions[next, previous] means that step can never happen."""
    table = random_table(seed, vocab_size, eos_index, density=0.4)
    for s in range(40):
        indices = sub.sample_sequence(table, eos_index, 12, s)
        previous = eos_index
        for i, idx in enumerate(indices):
            if i == 12:   # the <EOS> appended at the cap is not drawn
                break
            assert table[idx, previous] > 0, (
                f"seed {s}: token {idx} followed token {previous}, which the table forbids")
            previous = idx


def test_sample_sequence_cap():
    """A table that never reaches <EOS> must stop after max_length draws and then append
    <EOS> itself."""
    table = np.zeros((4, 4))
    table[1, 0] = 1.0
    table[2, 1] = table[3, 1] = 0.5
    table[1, 2] = table[1, 3] = 1.0
    for cap in (1, 4, 7):
        indices = sub.sample_sequence(table, 0, cap, seed=cap)
        expect(len(indices), cap + 1, f"len(sample_sequence(table, 0, {cap}, ...))")
        expect(indices[-1], 0, "the last index when the cap is hit")


def test_sample_sequence_is_random_but_reproducible():
    """The same seed gives the same sequence; different seeds give a variety (sample with
    rng.choice, never argmax)."""
    table = random_table(31, 8, 0)
    first = sub.sample_sequence(table, 0, 20, 5)
    assert sub.sample_sequence(table, 0, 20, 5) == first, "the same seed gave different results"
    variety = {tuple(sub.sample_sequence(table, 0, 20, s)) for s in range(20)}
    assert len(variety) > 5, f"20 seeds gave only {len(variety)} different sequences"


def test_sample_sequence_leaves_the_table_alone():
    """Temperature must be applied to a copy of a column, never to the table itself."""
    table = random_table(41, 6, 0)
    before = table.copy()
    sub.sample_sequence(table, 0, 10, 3, temperature=0.5)
    expect(table, before, "transitions after sample_sequence")
