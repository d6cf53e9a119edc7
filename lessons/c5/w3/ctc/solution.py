"""CTC: how a long frame-by-frame output collapses to a short transcript.

A path is a string with one character per audio time step; blank is a special character
(here "_") meaning "nothing new at this step".
"""

import itertools


def ctc_collapse(path, blank="_"):
    """Collapse a CTC path: first merge runs of repeated characters, then remove the blanks.

    Arguments:
    path -- str, one character per time step
    blank -- str of length 1, the blank character

    Returns:
    label -- str, e.g. ctc_collapse("cc_aa_t") == "cat" and ctc_collapse("a_a") == "aa"
    """
    # YOUR CODE STARTS HERE
    # stub: label = None
    merged = [ch for i, ch in enumerate(path) if i == 0 or ch != path[i - 1]]
    label = "".join(ch for ch in merged if ch != blank)
    # YOUR CODE ENDS HERE
    return label


def ctc_paths(label, T, alphabet, blank="_"):
    """All paths of length T over alphabet + blank that collapse to label.

    Arguments:
    label -- str, the transcript
    T -- int, number of time steps
    alphabet -- str, the non-blank characters
    blank -- str of length 1

    Returns:
    paths -- sorted list of str, each of length T, with ctc_collapse(path, blank) == label
    """
    # YOUR CODE STARTS HERE
    # stub: paths = None
    symbols = alphabet + blank
    paths = sorted("".join(p) for p in itertools.product(symbols, repeat=T)
                   if ctc_collapse("".join(p), blank) == label)
    # YOUR CODE ENDS HERE
    return paths
