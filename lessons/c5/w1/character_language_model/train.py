"""Train the learner's character-level RNN on the pseudo-dinosaur names, live.

The learner's own ``model`` runs, with their ``optimize`` wrapped on the module: the wrapper
counts the iterations, keeps the smoothed loss and, every ``sample_every`` iterations, asks
the learner's ``sample`` for a handful of names from the current parameters. Watching those
names go from random letters to "...saurus" is the point of the run.
"""

from __future__ import annotations

import numpy as np

from data.dino_names import load_names, load_text, vocabulary_maps

PROGRESS_EVERY = 250


def sampled_names(learner, parameters, char_to_ix, ix_to_char, count):
    """``count`` names from the learner's sample, with seeds 0, 1, ..., as the course does."""
    names = []
    for seed in range(count):
        indices = learner.sample(parameters, char_to_ix, seed)
        text = "".join(ix_to_char[int(ix)] for ix in indices).strip("\n")
        names.append(text[:1].upper() + text[1:])
    return names


def train(learner, emit, params):
    names = load_names()
    text = load_text()
    char_to_ix, ix_to_char = vocabulary_maps()
    vocab_size = len(char_to_ix)
    iterations = int(params["num_iterations"])
    n_a = int(params["n_a"])
    every = max(1, int(params["sample_every"]))
    per_sample = int(params["names_per_sample"])
    emit.log(f"{len(names)} names, {len(text)} characters, {len(set(text))} unique "
             f"characters ('\\n' and a-z); n_a = {n_a}, seed {params['seed']}")

    original_optimize = learner.optimize
    state = {"j": 0, "loss": -np.log(1.0 / vocab_size) * per_sample, "names": []}

    def optimize(X, Y, a_prev, parameters, *args, **kwargs):
        result = original_optimize(X, Y, a_prev, parameters, *args, **kwargs)
        j = state["j"]
        state["j"] = j + 1
        state["loss"] = state["loss"] * 0.999 + float(np.squeeze(result[0])) * 0.001
        if j % every == 0 or j == iterations - 1:
            emit.metric(j, "loss", state["loss"])
            state["names"] = sampled_names(learner, parameters, char_to_ix, ix_to_char,
                                           per_sample)
            for name in state["names"]:
                emit.text(name, channel="names", step=j)
        if state["j"] % PROGRESS_EVERY == 0 or state["j"] == iterations:
            emit.progress(state["j"], iterations)
        return result

    learner.optimize = optimize
    try:
        _, last_name = learner.model(names, ix_to_char, char_to_ix, num_iterations=iterations,
                                     n_a=n_a, dino_names=per_sample, vocab_size=vocab_size,
                                     verbose=False)
    finally:
        learner.optimize = original_optimize
    if state["j"] == 0:
        emit.log("your model never called optimize: nothing was learnt", "warning")
    emit.log(f"after {state['j']} iterations the smoothed loss is {state['loss']:.3f} "
             f"(a uniform guess scores {-np.log(1.0 / vocab_size) * per_sample:.3f})")
    return {"iterations": state["j"],
            "final_loss": round(float(state["loss"]), 4),
            "last_names": state["names"],
            "last_dino_name": str(last_name).strip("\n")}
