import numpy as np


def localization_target(has_object, bx, by, bh, bw, class_id, n_classes=3):
    y = np.zeros(5 + n_classes)
    if has_object:
        y[0] = 1.0
        y[1:5] = [bx, by, bh, bw]
        y[4 + class_id] = 1.0
    return y
