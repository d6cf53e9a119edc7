"""Public tests: the worked examples of the explanation, on the real map."""

import submission as sub
from engine.testkit import expect

S = sub.SPECIALIZATION


def test_where_is_adam():
    expect(sub.where_is("adam", S), (2, 2), "where_is('adam', SPECIALIZATION)")


def test_where_is_ignores_case():
    expect(sub.where_is("Transfer Learning", S), (3, 2),
           "where_is('Transfer Learning', SPECIALIZATION)")


def test_where_is_unknown_topic():
    assert sub.where_is("quantum computing", S) is None, \
        "where_is should return None for a topic no week lists"


def test_weeks_before_attention():
    expect(sub.weeks_before("attention", S), 15, "weeks_before('attention', SPECIALIZATION)")


def test_weeks_before_first_topic():
    expect(sub.weeks_before("what is a neural network", S), 0,
           "weeks_before('what is a neural network', SPECIALIZATION)")
