"""Public tests: these are shown to you, with the values they expect.

The vocabulary is the names corpus': '\\n' = 0, 'a' = 1, ..., 'z' = 26. Random parameters come
from np.random.seed(k) and randn, so you can rebuild every example yourself.
"""

import numpy as np

import submission as sub
from data.dino_names import load_names, vocabulary_maps
from engine.testkit import expect

CHAR_TO_IX, IX_TO_CHAR = vocabulary_maps()


def small_gradients():
    """The gradients of the explanation's clipping example (n_a = 2, 3 symbols)."""
    return {"dWax": np.array([[0.5, -11.0, 6.0], [2.0, 0.0, -5.5]]),
            "dWaa": np.array([[12.0, -3.0], [-0.1, 7.0]]),
            "dWya": np.array([[-8.0, 1.5], [4.9, 5.1], [0.0, -20.0]]),
            "db": np.array([[6.5], [-6.5]]),
            "dby": np.array([[1.0], [-1.0], [30.0]])}


def random_parameters(seed, n_a, scale=1.0, vocab_size=27):
    """Wax, Waa, Wya, b, by drawn in that order with randn * scale."""
    np.random.seed(seed)
    return {"Wax": np.random.randn(n_a, vocab_size) * scale,
            "Waa": np.random.randn(n_a, n_a) * scale,
            "Wya": np.random.randn(vocab_size, n_a) * scale,
            "b": np.random.randn(n_a, 1) * scale,
            "by": np.random.randn(vocab_size, 1) * scale}


def training_pair(name):
    """X = [None] + the name's indices; Y = X shifted left, ending with '\\n' (index 0)."""
    X = [None] + [CHAR_TO_IX[ch] for ch in name]
    return X, X[1:] + [CHAR_TO_IX["\n"]]


def test_clip_example_max_5():
    clipped = sub.clip(small_gradients(), 5)
    expect(clipped, {"dWax": np.array([[0.5, -5.0, 5.0], [2.0, 0.0, -5.0]]),
                     "dWaa": np.array([[5.0, -3.0], [-0.1, 5.0]]),
                     "dWya": np.array([[-5.0, 1.5], [4.9, 5.0], [0.0, -5.0]]),
                     "db": np.array([[5.0], [-5.0]]),
                     "dby": np.array([[1.0], [-1.0], [5.0]])}, "clip(gradients, 5)")


def test_clip_example_max_10():
    clipped = sub.clip(small_gradients(), 10)
    expect(clipped["dWax"], np.array([[0.5, -10.0, 6.0], [2.0, 0.0, -5.5]]), "clip(...)['dWax']")
    expect(clipped["dWaa"], np.array([[10.0, -3.0], [-0.1, 7.0]]), "clip(...)['dWaa']")
    expect(clipped["dWya"], np.array([[-8.0, 1.5], [4.9, 5.1], [0.0, -10.0]]),
           "clip(...)['dWya']")
    expect(clipped["dby"], np.array([[1.0], [-1.0], [10.0]]), "clip(...)['dby']")


def test_clip_leaves_the_callers_arrays_alone():
    gradients = small_gradients()
    sub.clip(gradients, 5)
    expect(gradients, small_gradients(), "the gradients passed to clip (after the call)")


def test_sample_short_name():
    parameters = random_parameters(3, n_a=8)
    indices = sub.sample(parameters, CHAR_TO_IX, 0)
    expect(list(indices), [11, 8, 26, 22, 11, 12, 7, 11, 9, 11, 11, 5, 25, 5, 11, 8, 22, 0],
           "sample(parameters, char_to_ix, 0)")          # "khzvklgkikkeyekhv\n"


def test_sample_another_seed():
    parameters = random_parameters(3, n_a=8)
    expect(list(sub.sample(parameters, CHAR_TO_IX, 1)), [11, 8, 0],
           "sample(parameters, char_to_ix, 1)")          # "kh\n"


def test_sample_hits_the_limit():
    parameters = random_parameters(2, n_a=8)
    indices = list(sub.sample(parameters, CHAR_TO_IX, 1))
    assert len(indices) == 51, (f"{len(indices)} indices: this name reaches the 50-character "
                                "limit, so expect 50 sampled indices plus the appended '\\n'")
    expect(indices[:8], [14, 24, 22, 3, 8, 1, 24, 24], "the first 8 indices")
    expect(indices[-1], 0, "the last index (the appended newline)")


def test_optimize_uniform_model():
    n_a = 4
    parameters = {"Wax": np.zeros((n_a, 27)), "Waa": np.zeros((n_a, n_a)),
                  "Wya": np.zeros((27, n_a)), "b": np.zeros((n_a, 1)), "by": np.zeros((27, 1))}
    X, Y = training_pair("rex")
    expect(X, [None, 18, 5, 24], "X for 'rex'")
    loss, gradients, a_last = sub.optimize(X, Y, np.zeros((n_a, 1)), parameters, 0.01)
    expect(float(loss), 13.183347464017316, "loss (4 steps of ln 27)")
    dby = np.full((27, 1), 4 / 27)
    dby[[0, 5, 18, 24]] -= 1                      # '\n', 'e', 'r', 'x' are the targets
    expect(gradients["dby"], dby, "gradients['dby']")
    expect(gradients["dWya"], np.zeros((27, n_a)), "gradients['dWya'] (all hidden states are 0)")
    expect(a_last, np.zeros((n_a, 1)), "the last hidden state")
    expect(parameters["by"], -0.01 * dby, "parameters['by'] after the update (in place)")


def test_optimize_random_example():
    parameters = random_parameters(1, n_a=5, scale=0.5)
    X, Y = training_pair("gorgodon")
    loss, gradients, a_last = sub.optimize(X, Y, np.zeros((5, 1)), parameters, 0.01)
    expect(float(loss), 29.685647487350035, "loss")
    expect(gradients["dWaa"][1][2], -0.25605253720592275, "gradients['dWaa'][1][2]")
    expect(gradients["dWya"][0][0], -0.7322270630167049, "gradients['dWya'][0][0]")
    expect(int(np.argmax(gradients["dWax"])), 34, "np.argmax(gradients['dWax'])")
    expect(a_last, np.array([[0.3869291252], [-0.2720845075], [0.9158892786], [-0.6953528573],
                             [0.4933879471]]), "a[len(X) - 1]", atol=1e-9)


def test_optimize_clips_to_5():
    parameters = random_parameters(1, n_a=6, scale=1.5)
    X, Y = training_pair("quolmipodromeus")
    loss, gradients, _ = sub.optimize(X, Y, np.zeros((6, 1)), parameters, 0.01)
    expect(float(loss), 118.23788386120054, "loss")
    expect(float(gradients["dby"].max()), 5.0, "the largest value of gradients['dby'] (clipped)")
    expect(float(gradients["dWya"].min()), -5.0, "the smallest value of gradients['dWya']")
    expect(gradients["dby"][0][0], -0.7139680293268842, "gradients['dby'][0][0]")


def test_model_short_run():
    np.random.seed(0)
    parameters, last_name = sub.model(load_names(), IX_TO_CHAR, CHAR_TO_IX, num_iterations=2001,
                                      n_a=20)
    expect(parameters["Wax"].shape, (20, 27), "parameters['Wax'].shape")
    expect(parameters["Wya"].shape, (27, 20), "parameters['Wya'].shape")
    expect(last_name, "Usmancorcurus\n", "the last sampled name after 2001 iterations")
