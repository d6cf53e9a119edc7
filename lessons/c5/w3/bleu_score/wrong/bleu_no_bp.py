import numpy as np


def bleu(candidate, references, max_n=4):
    precisions = [modified_precision(candidate, references, n) for n in range(1, max_n + 1)]  # noqa: F821
    if min(precisions) == 0:
        return 0.0
    return float(np.exp(np.mean(np.log(precisions))))
