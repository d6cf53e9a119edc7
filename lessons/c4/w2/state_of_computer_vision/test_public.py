"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

IMAGE = np.arange(20).reshape(4, 5, 1)        # one 4 x 5 grey picture numbered 0..19


def test_ensemble_predict_example():
    probs = [np.array([[0.7, 0.3], [0.2, 0.8]]),
             np.array([[0.5, 0.5], [0.4, 0.6]]),
             np.array([[0.9, 0.1], [0.3, 0.7]])]
    expect(sub.ensemble_predict(probs), np.array([[0.7, 0.3], [0.3, 0.7]]), "ensemble_predict(probs)")


def test_ten_crops_example():
    expected = np.array([[[6, 7, 8], [11, 12, 13]], [[0, 1, 2], [5, 6, 7]], [[2, 3, 4], [7, 8, 9]],
                         [[10, 11, 12], [15, 16, 17]], [[12, 13, 14], [17, 18, 19]],
                         [[8, 7, 6], [13, 12, 11]], [[4, 3, 2], [9, 8, 7]], [[2, 1, 0], [7, 6, 5]],
                         [[14, 13, 12], [19, 18, 17]], [[12, 11, 10], [17, 16, 15]]]).reshape(10, 2, 3, 1)
    expect(sub.ten_crops(IMAGE, 2, 3), expected, "ten_crops(image, 2, 3)")


def test_multi_crop_predict_example():
    def predict(batch):                        # a toy model that looks at the top-left pixel
        x = batch[:, 0, 0, 0] / 20
        return np.stack([x, 1 - x], axis=1)
    expect(sub.multi_crop_predict(predict, IMAGE, 2, 3), np.array([0.35, 0.65]),
           "multi_crop_predict(predict, image, 2, 3)")
