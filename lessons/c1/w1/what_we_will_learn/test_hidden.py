"""Hidden tests: other maps, with uneven course lengths, repeated and look-alike topics."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_map(seed):
    """A made-up specialization: 2-6 courses of 1-5 weeks, each week 1-4 unique topics."""
    rng = np.random.default_rng(seed)
    counter = 0
    courses = []
    for c in range(int(rng.integers(2, 7))):
        weeks = []
        for _ in range(int(rng.integers(1, 6))):
            topics = []
            for _ in range(int(rng.integers(1, 5))):
                topics.append(f"topic {counter}")
                counter += 1
            weeks.append(topics)
        courses.append((f"course {c}", weeks))
    return courses, counter


@pytest.mark.parametrize("seed", [1, 7, 23])
def test_where_is_random_maps(seed):
    """Course and week numbers count from 1 (the first week of the first course is (1, 1))."""
    courses, n = random_map(seed)
    for k in range(0, n, 3):
        expect(sub.where_is(f"topic {k}", courses), reference().where_is(f"topic {k}", courses),
               f"where_is('topic {k}', ...)")


def test_where_is_case_of_the_map():
    """Compare lower-cased names on BOTH sides: the map itself may use capitals."""
    courses = [("A", [["Intro"], ["Batch Norm", "Adam"]]), ("B", [["CNN"]])]
    expect(sub.where_is("batch norm", courses), (1, 2), "where_is('batch norm', ...)")
    expect(sub.where_is("cnn", courses), (2, 1), "where_is('cnn', ...)")
    expect(sub.where_is("ADAM", courses), (1, 2), "where_is('ADAM', ...)")


def test_where_is_first_occurrence():
    """A topic taught twice is found where you meet it FIRST: stop at the first match."""
    courses = [("A", [["x"], ["transfer learning"]]), ("B", [["y"], ["z", "transfer learning"]])]
    expect(sub.where_is("transfer learning", courses), (1, 2),
           "where_is('transfer learning', ...)")


def test_where_is_exact_names_only():
    """Match whole names: 'attention' is not the topic 'self-attention'."""
    courses = [("A", [["self-attention"]]), ("B", [["rnn"], ["attention"]])]
    expect(sub.where_is("attention", courses), (2, 2), "where_is('attention', ...)")
    assert sub.where_is("learning", [("A", [["deep learning"]])]) is None, \
        "where_is('learning', ...) should be None: no week lists exactly 'learning'"


def test_where_is_missing():
    """A topic that no week lists gives None, even in a one-course map."""
    assert sub.where_is("gan", [("A", [["cnn", "rnn"]])]) is None


@pytest.mark.parametrize("seed", [2, 5, 31, 44])
def test_weeks_before_random_maps(seed):
    """Add up the weeks of EVERY earlier course (their lengths differ), then the earlier weeks
    of the topic's own course."""
    courses, n = random_map(seed)
    for k in range(0, n, 2):
        expect(sub.weeks_before(f"topic {k}", courses),
               reference().weeks_before(f"topic {k}", courses), f"weeks_before('topic {k}', ...)")


def test_weeks_before_uneven_courses():
    """Courses of 2, 5 and 1 weeks: the first week of course 3 starts after 2 + 5 = 7 weeks."""
    courses = [("A", [["a1"], ["a2"]]),
               ("B", [["b1"], ["b2"], ["b3"], ["b4"], ["b5"]]),
               ("C", [["c1"]])]
    expect(sub.weeks_before("c1", courses), 7, "weeks_before('c1', ...)")
    expect(sub.weeks_before("b3", courses), 4, "weeks_before('b3', ...)")
    expect(sub.weeks_before("a1", courses), 0, "weeks_before('a1', ...)")


def test_weeks_before_missing():
    """An untaught topic has no answer: return None."""
    assert sub.weeks_before("gan", [("A", [["cnn"]])]) is None
