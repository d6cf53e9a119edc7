"""Public tests: the five dev examples of the explanation."""

import submission as sub
from engine.testkit import expect

P_STARS = [2e-10, 1e-8, 3e-9, 5e-12, 7e-9]
P_HATS = [1e-10, 4e-8, 1e-9, 2e-11, 7e-9]


def test_attribute_error_example():
    expect(sub.attribute_error(2e-10, 1e-10), "beam search", "attribute_error(2e-10, 1e-10)")
    expect(sub.attribute_error(1e-8, 4e-8), "RNN", "attribute_error(1e-8, 4e-8)")
    expect(sub.attribute_error(7e-9, 7e-9), "RNN", "attribute_error(7e-9, 7e-9)")


def test_error_fractions_example():
    expect(sub.error_fractions(P_STARS, P_HATS), {"beam search": 0.4, "RNN": 0.6},
           "error_fractions(p_stars, p_hats)")
