"""BLEU: scoring a machine translation against one or more human references.

Sentences are lists of words (strings), e.g. "the dog sleeps".split().
"""

import numpy as np


def ngram_counts(words, n):
    """Count every n-gram (n consecutive words) of a sentence.

    Arguments:
    words -- list of words
    n -- the n-gram size (1 = single words, 2 = pairs, ...)

    Returns:
    counts -- dict mapping each n-gram, a tuple of n words, to how often it occurs;
              a sentence of T words has T - n + 1 n-grams (none if T < n)
    """
    # YOUR CODE STARTS HERE
    # stub: counts = None
    counts = {}
    for i in range(len(words) - n + 1):
        gram = tuple(words[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    # YOUR CODE ENDS HERE
    return counts


def modified_precision(candidate, references, n):
    """Clipped n-gram precision p_n of a candidate translation.

    Arguments:
    candidate -- list of words, the machine translation
    references -- list of reference translations (each a list of words)
    n -- the n-gram size

    Returns:
    p_n -- float: sum over the candidate's n-grams of min(count, max count in any one reference),
           divided by the number of n-grams of the candidate; 0.0 if the candidate has none
    """
    # YOUR CODE STARTS HERE
    # stub: p_n = None
    cand = ngram_counts(candidate, n)
    total = sum(cand.values())
    if total == 0:
        return 0.0
    ref_counts = [ngram_counts(ref, n) for ref in references]
    clipped = 0
    for gram, count in cand.items():
        max_ref = max(rc.get(gram, 0) for rc in ref_counts)
        clipped += min(count, max_ref)
    p_n = clipped / total
    # YOUR CODE ENDS HERE
    return p_n


def brevity_penalty(candidate, references):
    """BP: punish translations that are shorter than the references.

    Arguments:
    candidate -- list of words
    references -- list of reference translations

    Returns:
    bp -- float: with c = len(candidate) and r = the reference length closest to c (on a tie the
          shorter one), bp = 1 if c > r, otherwise exp(1 - r / c)
    """
    # YOUR CODE STARTS HERE
    # stub: bp = None
    c = len(candidate)
    r = min((len(ref) for ref in references), key=lambda length: (abs(length - c), length))
    bp = 1.0 if c > r else float(np.exp(1 - r / c))
    # YOUR CODE ENDS HERE
    return bp


def bleu(candidate, references, max_n=4):
    """The combined BLEU score: BP * exp((1 / N) * sum_{n=1..N} log p_n).

    Arguments:
    candidate -- list of words
    references -- list of reference translations
    max_n -- N, the largest n-gram size (4 in the standard score)

    Returns:
    score -- float in [0, 1]; 0.0 when any p_n is 0
    """
    # YOUR CODE STARTS HERE
    # stub: score = None
    precisions = [modified_precision(candidate, references, n) for n in range(1, max_n + 1)]
    if min(precisions) == 0:
        return 0.0
    score = brevity_penalty(candidate, references) * float(np.exp(np.mean(np.log(precisions))))
    # YOUR CODE ENDS HERE
    return score
