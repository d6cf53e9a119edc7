"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

NER_SENTENCE = ["Harry", "Potter", "and", "Hermione", "Granger", "invented", "a", "new", "spell"]
NER_TAGS = [1, 1, 0, 1, 1, 0, 0, 0, 0]
REVIEW = ["there", "is", "nothing", "to", "like", "in", "this", "movie"]


def test_sequence_length_examples():
    expect(sub.sequence_length(NER_SENTENCE), 9, "sequence_length(the Harry Potter sentence)")
    expect(sub.sequence_length("positive"), 1, 'sequence_length("positive")')
    expect(sub.sequence_length(4), 1, "sequence_length(4)")
    expect(sub.sequence_length(np.zeros((1, 16000))), 16000,
           "sequence_length(a clip of shape (1, 16000))")


def test_io_lengths_examples():
    expect(sub.io_lengths(NER_SENTENCE, NER_TAGS), (9, 9), "io_lengths(sentence, tags)")
    expect(sub.io_lengths(REVIEW, 1), (8, 1), "io_lengths(review, 1 star)")
    expect(sub.io_lengths(3, ["C4", "E4", "G4", "C5", "B4"]), (1, 5),
           "io_lengths(genre 3, five notes)")


def test_task_shape_examples():
    expect(sub.task_shape(9, 9), "many-to-many", "task_shape(9, 9)")
    expect(sub.task_shape(8, 1), "many-to-one", "task_shape(8, 1)")
    expect(sub.task_shape(1, 5), "one-to-many", "task_shape(1, 5)")
    expect(sub.task_shape(1, 1), "one-to-one", "task_shape(1, 1)")
