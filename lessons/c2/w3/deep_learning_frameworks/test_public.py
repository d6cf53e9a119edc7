"""Public tests: the two graphs of the explanation."""

import submission as sub
from engine.testkit import expect

COURSE_GRAPH = [("u", "mul", ("b", "c")),
                ("v", "add", ("a", "u")),
                ("J", "mul", ("three", "v"))]
COURSE_INPUTS = {"a": 5.0, "b": 3.0, "c": 2.0, "three": 3.0}

QUADRATIC_GRAPH = [("w2", "mul", ("w", "w")),
                   ("tw", "mul", ("ten", "w")),
                   ("d", "sub", ("w2", "tw")),
                   ("J", "add", ("d", "c"))]
QUADRATIC_VALUES = {"w": 3.0, "ten": 10.0, "c": 25.0, "w2": 9.0, "tw": 30.0, "d": -21.0,
                    "J": 4.0}


def test_forward_pass_course_graph():
    expect(sub.forward_pass(COURSE_GRAPH, COURSE_INPUTS),
           {"a": 5.0, "b": 3.0, "c": 2.0, "three": 3.0, "u": 6.0, "v": 11.0, "J": 33.0},
           "forward_pass(J = 3 * (a + b * c))")


def test_forward_pass_quadratic():
    expect(sub.forward_pass(QUADRATIC_GRAPH, {"w": 3.0, "ten": 10.0, "c": 25.0}),
           QUADRATIC_VALUES, "forward_pass(J = w * w - 10 * w + 25)")


def test_backward_pass_course_graph():
    values = {"a": 5.0, "b": 3.0, "c": 2.0, "three": 3.0, "u": 6.0, "v": 11.0, "J": 33.0}
    expect(sub.backward_pass(COURSE_GRAPH, values, "J"),
           {"J": 1.0, "v": 3.0, "three": 11.0, "a": 3.0, "u": 3.0, "b": 6.0, "c": 9.0},
           "backward_pass(J = 3 * (a + b * c))")


def test_backward_pass_quadratic():
    expect(sub.backward_pass(QUADRATIC_GRAPH, dict(QUADRATIC_VALUES), "J"),
           {"J": 1.0, "d": 1.0, "c": 1.0, "w2": 1.0, "tw": -1.0, "ten": -3.0, "w": -4.0},
           "backward_pass(J = w * w - 10 * w + 25)")
