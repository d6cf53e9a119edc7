"""Classification with localization: the target vector y and its squared-error loss.

The label of one image is a column vector
    y = [p_c, b_x, b_y, b_h, b_w, c_1, ..., c_K]^T
p_c is 1 when there is an object, (b_x, b_y) its centre and (b_h, b_w) its height and width as
fractions of the image, and c_1..c_K a one-hot class (class ids run from 1 to K).
A batch stacks m such columns: Y has shape (5 + K, m).
"""

import numpy as np


def localization_target(has_object, bx, by, bh, bw, class_id, n_classes=3):
    """Build the label column y for one image.

    Arguments:
    has_object -- bool, True when the image contains one of the K objects
    bx, by, bh, bw -- floats, the box (ignored when has_object is False)
    class_id -- int in 1..n_classes (ignored when has_object is False)
    n_classes -- int K, the number of classes

    Returns:
    y -- numpy array of shape (5 + n_classes, 1). With no object: p_c = 0 and every other
         entry is 0 too (a "don't care" placeholder the loss never looks at).
    """
    # YOUR CODE STARTS HERE
    # stub: y = None
    y = np.zeros((5 + n_classes, 1))
    if has_object:
        y[0, 0] = 1.0
        y[1:5, 0] = [bx, by, bh, bw]
        y[4 + class_id, 0] = 1.0
    # YOUR CODE ENDS HERE
    return y


def localization_loss(Y_hat, Y):
    """Squared-error localization loss, averaged over the m examples of a batch.

    For one example: if y_1 = p_c = 1, the loss is the sum over ALL components of
    (y_hat_i - y_i)^2; if p_c = 0, only (y_hat_1 - y_1)^2 counts.

    Arguments:
    Y_hat -- numpy array of shape (5 + K, m), the network's outputs
    Y -- numpy array of shape (5 + K, m), the labels (columns are examples)

    Returns:
    loss -- a Python float, the mean over the m examples of the per-example loss
    """
    # YOUR CODE STARTS HERE
    # stub: loss = None
    m = Y.shape[1]
    squared = (Y_hat - Y) ** 2
    has_object = Y[0:1, :] == 1
    per_example = squared[0, :] + np.sum(squared[1:, :] * has_object, axis=0)
    loss = float(np.sum(per_example) / m)
    # YOUR CODE ENDS HERE
    return loss
