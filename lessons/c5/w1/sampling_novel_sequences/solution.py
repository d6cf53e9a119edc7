"""Sampling novel sequences: let a language model write, one token at a time.

A trained language model gives, at every step, a probability distribution over the next token.
Here that distribution comes from a table (the previous token picks a column), so you can focus
on the sampling loop itself; an RNN's softmax output plugs into exactly the same loop.

Notation: columns are distributions. transitions[:, j] is the distribution of the next token
when the previous token is j; every column is positive where allowed and sums to 1.

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np


def apply_temperature(probs, temperature):
    """Sharpen (temperature < 1) or flatten (temperature > 1) probability distributions.

    Each distribution (a column, axis 0) is raised to the power 1 / temperature and divided by
    its own new total, so it sums to 1 again. This is the same as dividing the logits by the
    temperature before the softmax.

    Arguments:
    probs -- numpy array of shape (vocab_size,) or (vocab_size, k): one or k distributions,
             each along axis 0
    temperature -- a positive number; 1 leaves the distributions unchanged

    Returns:
    p -- numpy array of the same shape as probs, every distribution summing to 1
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    p = probs ** (1.0 / temperature)
    p = p / np.sum(p, axis=0, keepdims=True)
    # YOUR CODE ENDS HERE
    return p


def sample_sequence(transitions, eos_index, max_length, seed, temperature=1.0):
    """Generate one sequence of token indices from a table of next-token distributions.

    The sequence starts as if the previous token were <EOS> (the end of the last sequence), so
    the first token is drawn from transitions[:, eos_index]. Each drawn token becomes the
    previous token of the next step. Sampling stops right after <EOS> is drawn, or once
    max_length tokens have been drawn; in that case eos_index is appended, so every returned
    sequence ends with eos_index.

    Use ONE generator, rng = np.random.default_rng(seed), and draw each token with exactly one
    call rng.choice(vocab_size, p=p), where p is the temperature-adjusted column.

    Arguments:
    transitions -- numpy array of shape (vocab_size, vocab_size); column j is the distribution
                   of the next token after token j
    eos_index -- the index of the <EOS> token
    max_length -- the most tokens to draw
    seed -- seed of the random generator
    temperature -- passed to apply_temperature (1.0 samples from the table as it is)

    Returns:
    indices -- a Python list of ints, ending with eos_index, of length at most max_length + 1
    """
    vocab_size = transitions.shape[0]
    # YOUR CODE STARTS HERE
    # stub: indices = None
    rng = np.random.default_rng(seed)
    indices = []
    previous = eos_index
    while len(indices) < max_length:
        p = apply_temperature(transitions[:, previous], temperature)
        idx = int(rng.choice(vocab_size, p=p))
        indices.append(idx)
        if idx == eos_index:
            break
        previous = idx
    if indices[-1] != eos_index:
        indices.append(eos_index)
    # YOUR CODE ENDS HERE
    return indices
