import numpy as np


def brevity_penalty(candidate, references):
    c = len(candidate)
    r = min((len(ref) for ref in references), key=lambda length: (abs(length - c), length))
    return 1.0 if c > r else float(np.exp(1 - c / r))
