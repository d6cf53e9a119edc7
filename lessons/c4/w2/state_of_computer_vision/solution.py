"""Test-time tricks from benchmarks and competitions: ensembling and multi-crop.

Course 4 layout: pictures are (n_H, n_W, n_C), batches (m, n_H, n_W, n_C). Write each
function between the YOUR CODE markers.
"""

import numpy as np


def ensemble_predict(prob_list):
    """Average the predicted probabilities of several independently trained models.

    Arguments:
    prob_list -- a list of k arrays, each (m, K): model j's class probabilities for m examples

    Returns:
    P -- (m, K): the average over the k models
    """
    # YOUR CODE STARTS HERE
    # stub: P = None
    P = np.mean(np.stack(prob_list, axis=0), axis=0)
    # YOUR CODE ENDS HERE
    return P


def ten_crops(image, crop_h, crop_w):
    """The 10-crop set of one picture: 5 crops of the picture, then the same 5 of its mirror.

    The 5 crops, in this order: centre, top-left, top-right, bottom-left, bottom-right.
    The centre window starts at row (n_H - crop_h) // 2 and column (n_W - crop_w) // 2.
    The mirror is the left-right flip of the picture (image[:, ::-1, :]).

    Arguments:
    image -- one picture, shape (n_H, n_W, n_C)
    crop_h, crop_w -- size of each crop

    Returns:
    crops -- array of shape (10, crop_h, crop_w, n_C)
    """
    # YOUR CODE STARTS HERE
    # stub: crops = None
    n_H, n_W = image.shape[0], image.shape[1]
    top_c, left_c = (n_H - crop_h) // 2, (n_W - crop_w) // 2
    bottom, right = n_H - crop_h, n_W - crop_w
    corners = [(top_c, left_c), (0, 0), (0, right), (bottom, 0), (bottom, right)]
    crops = []
    for picture in (image, image[:, ::-1, :]):
        for top, left in corners:
            crops.append(picture[top:top + crop_h, left:left + crop_w, :])
    crops = np.stack(crops, axis=0)
    # YOUR CODE ENDS HERE
    return crops


def multi_crop_predict(predict, image, crop_h, crop_w):
    """Classify one picture by averaging a model's probabilities over its 10 crops.

    Arguments:
    predict -- a function taking a batch (m, crop_h, crop_w, n_C) and returning (m, K)
    image -- one picture (n_H, n_W, n_C)
    crop_h, crop_w -- the input size the model expects

    Returns:
    p -- shape (K,): the mean of the 10 rows of predict(ten_crops(image, crop_h, crop_w))
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    p = np.mean(predict(ten_crops(image, crop_h, crop_w)), axis=0)
    # YOUR CODE ENDS HERE
    return p
