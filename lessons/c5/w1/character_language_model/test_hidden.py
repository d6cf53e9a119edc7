"""Hidden tests: fresh sizes, seeds and vocabularies, compared with the reference solution and
with properties that give the classic mistakes away."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

KEYS = ("dWax", "dWaa", "dWya", "db", "dby")
# (n_a, vocab_size): never square, so a transposed weight cannot slip through.
SIZES = [(5, 27), (7, 11), (3, 6)]
SEEDS = [4, 19, 77]


def vocabulary(vocab_size, newline_at=0):
    """char_to_ix with '\\n' at position newline_at and letters elsewhere."""
    symbols = list("abcdefghijklmnopqrstuvwxyz"[:vocab_size - 1])
    symbols.insert(newline_at, "\n")
    return {ch: i for i, ch in enumerate(symbols)}


def random_parameters(rng, n_a, vocab_size, scale=1.0):
    return {"Wax": rng.normal(0, scale, (n_a, vocab_size)),
            "Waa": rng.normal(0, scale, (n_a, n_a)),
            "Wya": rng.normal(0, scale, (vocab_size, n_a)),
            "b": rng.normal(0, scale, (n_a, 1)),
            "by": rng.normal(0, scale, (vocab_size, 1))}


def random_gradients(rng, n_a, vocab_size, scale):
    return {"dWax": rng.normal(0, scale, (n_a, vocab_size)),
            "dWaa": rng.normal(0, scale, (n_a, n_a)),
            "dWya": rng.normal(0, scale, (vocab_size, n_a)),
            "db": rng.normal(0, scale, (n_a, 1)),
            "dby": rng.normal(0, scale, (vocab_size, 1)),
            "da_next": rng.normal(0, scale, (n_a, 1))}


def random_sequence(rng, vocab_size, length, newline=0):
    """X starts with None; Y is X shifted left and ends with the newline index."""
    letters = [i for i in range(vocab_size) if i != newline]
    body = [int(i) for i in rng.choice(letters, size=length)]
    X = [None] + body
    return X, X[1:] + [newline]


def deep(value):
    return copy.deepcopy(value)


# ---------------------------------------------------------------------------------------- clip

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("max_value", [10, 5, 0.3])
@pytest.mark.parametrize("n_a, vocab_size", SIZES)
def test_clip_matches_reference(seed, max_value, n_a, vocab_size):
    """Clip ALL FIVE gradients (dWax, dWaa, dWya, db, dby) to [-maxValue, maxValue], with the
    maxValue argument (not a number typed in): np.clip(g, -maxValue, maxValue)."""
    gradients = random_gradients(np.random.default_rng(seed), n_a, vocab_size, 8.0)
    expected = reference().clip(deep(gradients), max_value)
    expect(sub.clip(gradients, max_value), expected, f"clip(gradients, {max_value})")


@pytest.mark.parametrize("key", KEYS)
def test_clip_bounds_every_gradient(key):
    """Every one of the five gradients, biases included, must end up inside
    [-maxValue, maxValue]: values above go to maxValue AND values below go to -maxValue."""
    gradients = random_gradients(np.random.default_rng(3), 6, 9, 20.0)
    clipped = sub.clip(deep(gradients), 2.5)
    assert key in clipped, f"clip's result has no {key!r}"
    values = np.asarray(clipped[key])
    assert values.shape == gradients[key].shape, (
        f"clipped[{key!r}] has shape {values.shape}, expected {gradients[key].shape}")
    assert values.max() <= 2.5 + 1e-12, f"clipped[{key!r}] has values above maxValue = 2.5"
    assert values.min() >= -2.5 - 1e-12, f"clipped[{key!r}] has values below -maxValue = -2.5"
    assert values.max() == 2.5 and values.min() == -2.5, (
        f"clipped[{key!r}] should reach both bounds: these gradients go far past them")


def test_clip_is_the_identity_within_bounds():
    """Values already inside [-maxValue, maxValue] must come back unchanged."""
    gradients = random_gradients(np.random.default_rng(8), 4, 7, 0.5)
    for key in gradients:
        gradients[key] = np.clip(gradients[key], -1.9, 1.9)
    expected = {key: gradients[key].copy() for key in KEYS}
    expect(sub.clip(deep(gradients), 2.0), expected, "clip(small gradients, 2.0)")


def test_clip_leaves_the_inputs_alone():
    """clip must not change the caller's arrays: it works on a copy (the given
    copy.deepcopy line) and returns new arrays."""
    gradients = random_gradients(np.random.default_rng(11), 5, 8, 10.0)
    before = deep(gradients)
    sub.clip(gradients, 1.0)
    expect(gradients, before, "the gradients passed to clip (after the call)")


# -------------------------------------------------------------------------------------- sample

@pytest.mark.parametrize("seed", [0, 3, 21])
@pytest.mark.parametrize("n_a, vocab_size, newline_at", [(5, 27, 0), (7, 11, 4), (3, 6, 5)])
def test_sample_matches_reference(seed, n_a, vocab_size, newline_at):
    """Each step: a = tanh(Wax x + Waa a_prev + b), y = softmax(Wya a + by);
    np.random.seed(counter + seed); idx = np.random.choice(range(vocab_size), p=y.ravel());
    then x becomes the one-hot of idx, a_prev becomes a, and seed grows by 1."""
    parameters = random_parameters(np.random.default_rng(seed + n_a), n_a, vocab_size)
    char_to_ix = vocabulary(vocab_size, newline_at)
    expected = reference().sample(deep(parameters), char_to_ix, seed)
    expect([int(i) for i in sub.sample(parameters, char_to_ix, seed)],
           [int(i) for i in expected], f"sample(parameters, char_to_ix, {seed})")


@pytest.mark.parametrize("seed", [1, 2, 5, 8])
def test_sample_ends_with_newline_and_stays_in_range(seed):
    """The list ends with the index of '\\n', has at most 51 entries, and every index lies in
    range(vocab_size); '\\n' appears only at the end."""
    vocab_size = 9
    parameters = random_parameters(np.random.default_rng(seed), 6, vocab_size)
    char_to_ix = vocabulary(vocab_size, 2)
    indices = [int(i) for i in sub.sample(parameters, char_to_ix, seed)]
    assert 1 <= len(indices) <= 51, f"{len(indices)} indices: expected between 1 and 51"
    assert indices[-1] == 2, f"the last index is {indices[-1]}, not the newline's index 2"
    assert 2 not in indices[:-1], "sampling should stop at the first newline"
    assert all(0 <= i < vocab_size for i in indices), "an index is outside range(vocab_size)"


def test_sample_stops_at_50_characters():
    """When '\\n' (almost) never comes, stop after 50 sampled characters and append the
    newline's index yourself: 51 indices in all."""
    vocab_size = 8
    parameters = random_parameters(np.random.default_rng(6), 5, vocab_size, 0.5)
    parameters["by"][0, 0] = -40.0               # '\n' is all but impossible
    indices = [int(i) for i in sub.sample(parameters, vocabulary(vocab_size, 0), 4)]
    assert len(indices) == 51, f"{len(indices)} indices, expected 50 characters + the newline"
    assert indices[-1] == 0 and 0 not in indices[:-1], "only the appended last index is '\\n'"


def test_sample_draws_at_random():
    """Draw with np.random.choice and the probabilities y.ravel(), not with argmax: names from
    different seeds must differ, and letters that are not the most likely must appear."""
    vocab_size = 12
    rng = np.random.default_rng(2)
    parameters = random_parameters(rng, 4, vocab_size, 0.3)
    parameters["by"][0, 0] = -3.0
    names = {tuple(int(i) for i in sub.sample(parameters, vocabulary(vocab_size), s))
             for s in range(10)}
    assert len(names) > 3, "ten seeds gave the same few names: is the draw random?"


def test_sample_deterministic_by_seed():
    """The same seed must give the same name (seed numpy with counter + seed at every step)."""
    parameters = random_parameters(np.random.default_rng(9), 6, 27)
    char_to_ix = vocabulary(27)
    np.random.seed(123)
    first = [int(i) for i in sub.sample(parameters, char_to_ix, 7)]
    np.random.seed(456)
    second = [int(i) for i in sub.sample(parameters, char_to_ix, 7)]
    assert first == second, "sample gave two different names for seed 7"


def test_sample_feeds_its_choice_back():
    """The sampled character is the next input: after drawing idx, set x to the one-hot
    vector of idx (zeros elsewhere) and a_prev to a. Here the next letter depends strongly on
    the previous one, so a name built without that feedback comes out wrong."""
    vocab_size, n_a = 7, 7
    parameters = {"Wax": np.eye(n_a, vocab_size) * 4, "Waa": np.eye(n_a) * 0.5,
                  "Wya": np.roll(np.eye(vocab_size, n_a), 1, axis=0) * 6,
                  "b": np.zeros((n_a, 1)), "by": np.zeros((vocab_size, 1))}
    char_to_ix = vocabulary(vocab_size)
    expected = reference().sample(deep(parameters), char_to_ix, 3)
    expect([int(i) for i in sub.sample(parameters, char_to_ix, 3)], [int(i) for i in expected],
           "sample(...) with a strongly letter-to-letter model")


def test_sample_leaves_parameters_alone():
    """Sampling reads the parameters; it must not change them."""
    parameters = random_parameters(np.random.default_rng(12), 5, 10)
    before = deep(parameters)
    sub.sample(parameters, vocabulary(10), 2)
    expect(parameters, before, "the parameters after sample")


# ------------------------------------------------------------------------------------ optimize

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_a, vocab_size, length", [(5, 27, 6), (7, 11, 12), (3, 6, 1)])
def test_optimize_matches_reference(seed, n_a, vocab_size, length):
    """loss, cache = rnn_forward(X, Y, a_prev, parameters); gradients, a = rnn_backward(...);
    gradients = clip(gradients, 5); update_parameters(parameters, gradients, learning_rate);
    return loss, gradients and a[len(X) - 1]."""
    rng = np.random.default_rng(seed)
    parameters = random_parameters(rng, n_a, vocab_size, 0.8)
    a_prev = rng.normal(0, 0.5, (n_a, 1))
    X, Y = random_sequence(rng, vocab_size, length)
    expected_parameters = deep(parameters)
    loss, gradients, a_last = reference().optimize(list(X), list(Y), a_prev.copy(),
                                                   expected_parameters, 0.05)
    mine = sub.optimize(X, Y, a_prev, parameters, 0.05)
    assert isinstance(mine, tuple) and len(mine) == 3, "optimize returns (loss, gradients, a)"
    expect(float(np.squeeze(mine[0])), float(loss), "loss")
    expect(mine[1], {key: gradients[key] for key in KEYS}, "gradients")
    expect(mine[2], a_last, "a[len(X) - 1] (the LAST hidden state)")
    expect(parameters, expected_parameters, "the parameters after optimize (updated in place)")


def test_optimize_clips_before_updating():
    """Clip the gradients to [-5, 5] BEFORE the update: the parameters move by exactly
    -learning_rate times the clipped gradients."""
    rng = np.random.default_rng(31)
    parameters = random_parameters(rng, 6, 10, 2.0)
    X, Y = random_sequence(rng, 10, 25)
    raw, _ = reference().rnn_backward(X, Y, parameters,
                                      reference().rnn_forward(X, Y, np.zeros((6, 1)),
                                                              parameters)[1])
    assert max(np.abs(raw[k]).max() for k in KEYS) > 5    # this example needs clipping
    before = deep(parameters)
    _, gradients, _ = sub.optimize(X, Y, np.zeros((6, 1)), parameters, 0.1)
    for key in KEYS:
        values = np.asarray(gradients[key])
        assert np.abs(values).max() <= 5 + 1e-12, f"gradients[{key!r}] goes beyond [-5, 5]"
        clipped = np.clip(raw[key], -5, 5)
        name = key[1:]
        expect(parameters[name], before[name] - 0.1 * clipped,
               f"parameters[{name!r}] after the update with the clipped gradient")


@pytest.mark.parametrize("learning_rate", [0.002, 0.3])
def test_optimize_uses_the_learning_rate(learning_rate):
    """Pass the learning_rate argument on to update_parameters (not a number typed in)."""
    rng = np.random.default_rng(40)
    parameters = random_parameters(rng, 4, 8, 0.5)
    X, Y = random_sequence(rng, 8, 7)
    expected = deep(parameters)
    reference().optimize(list(X), list(Y), np.zeros((4, 1)), expected, learning_rate)
    sub.optimize(X, Y, np.zeros((4, 1)), parameters, learning_rate)
    expect(parameters, expected, f"the parameters after optimize(..., {learning_rate})")


def test_optimize_starts_from_a_prev():
    """The forward pass starts from the given a_prev (the state carried over from the last
    name), not from zeros."""
    rng = np.random.default_rng(50)
    parameters = random_parameters(rng, 5, 9, 0.7)
    a_prev = rng.normal(0, 0.8, (5, 1))
    X, Y = random_sequence(rng, 9, 4)
    loss, _, _ = reference().optimize(list(X), list(Y), a_prev.copy(), deep(parameters), 0.01)
    mine = sub.optimize(X, Y, a_prev, parameters, 0.01)
    expect(float(np.squeeze(mine[0])), float(loss), "loss with a non-zero a_prev")


# --------------------------------------------------------------------------------------- model

NAMES = ["ankylodon", "braxosaurus", "trodon", "velociraptor", "mimus", "gorgosaurus",
         "stegops", "rexodon", "quilmimus", "zantosaurus", "dracopelta", "osaurus"]
CHAR_TO_IX = vocabulary(27)
IX_TO_CHAR = {i: ch for ch, i in CHAR_TO_IX.items()}


@pytest.mark.parametrize("seed, n_a, iterations", [(1, 7, 40), (5, 4, 30), (9, 10, 2001)])
def test_model_matches_reference(seed, n_a, iterations):
    """For j in range(num_iterations): idx = j % len(examples); X = [None] + the indices of the
    example's characters; Y = X[1:] + [index of '\\n']; and
    curr_loss, gradients, a_prev = optimize(X, Y, a_prev, parameters, learning_rate=0.01)."""
    np.random.seed(seed)
    expected, expected_name = reference().model(list(NAMES), IX_TO_CHAR, CHAR_TO_IX,
                                                num_iterations=iterations, n_a=n_a)
    np.random.seed(seed)
    parameters, name = sub.model(list(NAMES), IX_TO_CHAR, CHAR_TO_IX,
                                 num_iterations=iterations, n_a=n_a)
    expect(parameters, expected, f"the parameters after {iterations} iterations")
    expect(name, expected_name, "the last sampled name")


def record_calls(monkeypatch):
    """Replace submission.optimize by the reference's, recording every call."""
    calls = []
    ref_optimize = reference().optimize

    def optimize(X, Y, a_prev, parameters, learning_rate=0.01):
        calls.append((list(X), list(Y), np.array(a_prev, copy=True)))
        result = ref_optimize(X, Y, a_prev, parameters, learning_rate)
        calls[-1] = calls[-1] + (np.array(result[2], copy=True),)
        return result

    monkeypatch.setattr(sub, "optimize", optimize)
    return calls


def test_model_builds_X_and_Y(monkeypatch):
    """X = [None] + the example's indices (None: the zero vector that starts a name) and
    Y = X[1:] + [index of '\\n']: each target is the character AFTER the input."""
    calls = record_calls(monkeypatch)
    np.random.seed(2)
    sub.model(list(NAMES), IX_TO_CHAR, CHAR_TO_IX, num_iterations=15, n_a=5)
    assert len(calls) == 15, f"optimize was called {len(calls)} times for 15 iterations"
    for X, Y, _, _ in calls:
        assert X[0] is None, f"X = {X}: it should start with None"
        assert Y == X[1:] + [CHAR_TO_IX["\n"]], f"X = {X}, Y = {Y}: Y should be X[1:] + [0]"
    seen = {"".join(IX_TO_CHAR[i] for i in X[1:]) for X, _, _, _ in calls[:12]}
    assert seen == set(NAMES), "the first 12 iterations should visit every example once"


def test_model_cycles_through_examples(monkeypatch):
    """idx = j % len(examples): after the last example, start again from the first."""
    calls = record_calls(monkeypatch)
    np.random.seed(3)
    sub.model(list(NAMES), IX_TO_CHAR, CHAR_TO_IX, num_iterations=30, n_a=5)
    firsts = [X for X, _, _, _ in calls[:12]]
    again = [X for X, _, _, _ in calls[12:24]]
    assert firsts == again, "iterations 12..23 should repeat the examples of 0..11 in order"


def test_model_carries_a_prev(monkeypatch):
    """Keep the hidden state that optimize returns and pass it to the next call (a_prev);
    only the very first call starts from zeros."""
    calls = record_calls(monkeypatch)
    np.random.seed(4)
    sub.model(list(NAMES), IX_TO_CHAR, CHAR_TO_IX, num_iterations=6, n_a=5)
    assert not np.any(calls[0][2]), "the first a_prev should be zeros"
    for k in range(1, len(calls)):
        expect(calls[k][2], calls[k - 1][3],
               f"a_prev given to optimize at iteration {k} (the state returned at {k - 1})")
