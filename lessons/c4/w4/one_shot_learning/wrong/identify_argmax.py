import numpy as np


def one_shot_identify(queries, gallery, names, tau=0.7):
    D = pairwise_distances(queries, gallery)
    best = np.argmax(D, axis=1)
    return [names[j] if D[i, j] <= tau else None for i, j in enumerate(best)]
