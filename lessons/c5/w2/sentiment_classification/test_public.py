"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_sentence_to_avg_food_was_great():
    expect(sub.sentence_to_avg("The food was great", sub.WORD_TO_VEC),
           np.array([0.25, 0.0, 0.275, 0.05]), "sentence_to_avg('The food was great')")


def test_sentence_to_avg_skips_unknown_words():
    expect(sub.sentence_to_avg("Completely lacking in good taste good service and good ambience",
                               sub.WORD_TO_VEC),
           np.array([2.4, 0.3, 0.3, 1.3]) / 7, "sentence_to_avg('Completely lacking in ...')")


def test_sentiment_probabilities_two_reviews():
    avgs = np.array([[0.25, 0.0], [0.0, 0.25], [0.275, 0.01666667], [0.05, 0.26666667]])
    expected = np.array([[0.10047706, 0.58206162], [0.3213174, 0.31679123], [0.57820554, 0.10114714]])
    expect(sub.sentiment_probabilities(avgs, sub.W, sub.B), expected,
           "sentiment_probabilities(avgs, W, B)", rtol=1e-6, atol=1e-7)
