"""Addressing data mismatch: make training audio sound like the dev set, and count the cost.

Clips follow the course's layout: columns are examples. A batch of m audio clips of T samples
each is an array of shape (T, m); column j is clip j.
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def mix_at_snr(clean, noise, snr_db):
    """Add noise to each clean clip so that every clip ends up at the same signal-to-noise ratio.

    The power of a clip is the mean of its squared samples. Column j of the noise is scaled by
        scale_j = sqrt(P_clean_j / (P_noise_j * 10 ** (snr_db / 10)))
    so that P_clean_j / P_(scaled noise)_j = 10 ** (snr_db / 10).

    Arguments:
    clean -- clean clips, numpy array of shape (T, m)
    noise -- one background clip per example, numpy array of shape (T, m), no silent column
    snr_db -- the signal-to-noise ratio to reach, in decibels (a number)

    Returns:
    mixed -- clean + the scaled noise, numpy array of shape (T, m)
    """
    # YOUR CODE STARTS HERE
    # stub: mixed = None
    p_clean = np.mean(clean ** 2, axis=0, keepdims=True)
    p_noise = np.mean(noise ** 2, axis=0, keepdims=True)
    scale = np.sqrt(p_clean / (p_noise * 10 ** (snr_db / 10)))
    mixed = clean + scale * noise
    # YOUR CODE ENDS HERE
    return mixed


def synthesize(clean, noise_bank, snr_db, seed=0):
    """Give every clean clip a randomly chosen background from a bank and mix them.

    Draw the backgrounds exactly like this, so that results are reproducible:
        rng = np.random.default_rng(seed)
        noise_ids = rng.integers(0, k, size=m)
    Clip j is mixed with background noise_ids[j] using your mix_at_snr.

    Arguments:
    clean -- clean clips, numpy array of shape (T, m)
    noise_bank -- k background clips, numpy array of shape (T, k)
    snr_db -- the signal-to-noise ratio, in decibels
    seed -- the seed of the random generator, an int

    Returns:
    mixed -- the synthesized clips, numpy array of shape (T, m)
    noise_ids -- which background each clip received, integer array of shape (m,)
    """
    m = clean.shape[1]
    k = noise_bank.shape[1]
    # YOUR CODE STARTS HERE
    # stub: mixed = None
    # stub: noise_ids = None
    rng = np.random.default_rng(seed)
    noise_ids = rng.integers(0, k, size=m)
    mixed = mix_at_snr(clean, noise_bank[:, noise_ids], snr_db)
    # YOUR CODE ENDS HERE
    return mixed, noise_ids


def background_reuse(noise_ids):
    """How much variety did the synthesized set really get?

    Arguments:
    noise_ids -- the background id of every synthesized example, a list or integer array of
                 length m (ids need not be consecutive: [3, 3, 7] uses two backgrounds)

    Returns:
    distinct -- how many different backgrounds were used, a Python int
    mean_reuse -- the average number of examples per background used: m / distinct, a float
    max_share -- the fraction of the m examples that carry the most used background, a float
    """
    # YOUR CODE STARTS HERE
    # stub: distinct = None
    # stub: mean_reuse = None
    # stub: max_share = None
    ids, counts = np.unique(np.asarray(noise_ids), return_counts=True)
    m = len(noise_ids)
    distinct = int(len(ids))
    mean_reuse = m / distinct
    max_share = float(counts.max() / m)
    # YOUR CODE ENDS HERE
    return distinct, mean_reuse, max_share
