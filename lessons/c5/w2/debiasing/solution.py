"""Debiasing word embeddings: find the bias direction, neutralize, equalize.

Write each function between the YOUR CODE markers. Keep the names and signatures.

WORD_TO_VEC is a small hand-made table for this lesson (no downloads): 18 unit-length
vectors in 6 designed dimensions (gender, royal, young, care-work, technical, family). The
occupations carry a deliberate gender component, the kind of bias learned from real text.
"""

import numpy as np

WORD_TO_VEC = {
    "man": np.array([-0.9366, 0.0000, 0.1873, 0.0000, 0.0937, 0.2810]),
    "woman": np.array([0.9366, 0.0000, 0.1873, 0.0937, 0.0000, 0.2810]),
    "he": np.array([-0.9879, 0.0000, 0.1098, 0.0000, 0.0000, 0.1098]),
    "she": np.array([0.9879, 0.0000, 0.1098, 0.0000, 0.0000, 0.1098]),
    "boy": np.array([-0.6154, 0.0000, 0.7692, 0.0000, 0.0769, 0.1538]),
    "girl": np.array([0.6154, 0.0000, 0.7692, 0.0769, 0.0000, 0.1538]),
    "king": np.array([-0.5641, 0.8058, 0.0806, 0.0000, 0.0000, 0.1612]),
    "queen": np.array([0.5641, 0.8058, 0.0806, 0.0000, 0.0000, 0.1612]),
    "grandfather": np.array([-0.4232, 0.0000, -0.5643, 0.0705, 0.0000, 0.7053]),
    "grandmother": np.array([0.4201, 0.0000, -0.5601, 0.1400, 0.0000, 0.7001]),
    "actor": np.array([-0.9129, 0.0000, 0.1826, 0.0000, 0.3651, 0.0000]),
    "actress": np.array([0.9733, 0.0000, 0.1622, 0.0000, 0.1622, 0.0000]),
    "receptionist": np.array([0.4937, 0.0000, 0.1411, 0.8464, 0.1411, 0.0000]),
    "nurse": np.array([0.3651, 0.0000, 0.0000, 0.9129, 0.1826, 0.0000]),
    "babysitter": np.array([0.4138, 0.0000, 0.3678, 0.8276, 0.0000, 0.0920]),
    "engineer": np.array([-0.2873, 0.0000, 0.0000, 0.0000, 0.9578, 0.0000]),
    "doctor": np.array([-0.1741, 0.0000, 0.0000, 0.6963, 0.6963, 0.0000]),
    "computer": np.array([-0.1104, 0.0000, 0.0000, 0.0000, 0.9939, 0.0000]),
}


def bias_direction(pairs, word_to_vec):
    """The bias direction: the average of e_second - e_first over definitional pairs.

    Arguments:
    pairs -- list of (first_word, second_word) tuples, e.g. [("man", "woman"), ("he", "she")]
    word_to_vec -- dict mapping words to numpy vectors of shape (n_e,)

    Returns:
    g -- numpy array of shape (n_e,)
    """
    # YOUR CODE STARTS HERE
    # stub: g = None
    differences = [word_to_vec[second] - word_to_vec[first] for first, second in pairs]
    g = np.mean(differences, axis=0)
    # YOUR CODE ENDS HERE
    return g


def neutralize(word, g, word_to_vec):
    """Remove the component of a word's vector along g: e - (e . g / ||g||^2) g.

    Arguments:
    word -- a word that should carry no bias (e.g. "receptionist")
    g -- numpy array of shape (n_e,), the bias direction
    word_to_vec -- dict mapping words to numpy vectors; it must not be changed

    Returns:
    e_debiased -- numpy array of shape (n_e,), orthogonal to g
    """
    # YOUR CODE STARTS HERE
    # stub: e_debiased = None
    e = word_to_vec[word]
    e_bias_component = (np.dot(e, g) / np.sum(g * g)) * g
    e_debiased = e - e_bias_component
    # YOUR CODE ENDS HERE
    return e_debiased


def equalize(pair, bias_axis, word_to_vec):
    """Make a gendered pair differ ONLY along the bias axis, symmetrically (unit-length vectors).

    Arguments:
    pair -- tuple of two words, e.g. ("actor", "actress")
    bias_axis -- numpy array of shape (n_e,), the bias direction g
    word_to_vec -- dict mapping words to unit-length numpy vectors; it must not be changed

    Returns:
    e_1, e_2 -- the equalized vectors of the two words, numpy arrays of shape (n_e,)
    """
    # YOUR CODE STARTS HERE
    # stub: e_1, e_2 = None, None
    g = bias_axis
    g_sq = np.sum(g * g)
    e_w1, e_w2 = word_to_vec[pair[0]], word_to_vec[pair[1]]
    mu = (e_w1 + e_w2) / 2
    mu_B = (np.dot(mu, g) / g_sq) * g
    mu_orth = mu - mu_B
    e_w1B = (np.dot(e_w1, g) / g_sq) * g
    e_w2B = (np.dot(e_w2, g) / g_sq) * g
    scale = np.sqrt(np.abs(1 - np.sum(mu_orth * mu_orth)))
    corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_orth - mu_B)
    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_orth - mu_B)
    e_1 = corrected_e_w1B + mu_orth
    e_2 = corrected_e_w2B + mu_orth
    # YOUR CODE ENDS HERE
    return e_1, e_2
