import numpy as np


def brevity_penalty(candidate, references):
    c = len(candidate)
    r = float(np.mean([len(ref) for ref in references]))
    return 1.0 if c > r else float(np.exp(1 - r / c))
