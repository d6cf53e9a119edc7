"""Public tests: the examples of the explanation."""

import tensorflow as tf

import submission as sub
from engine.testkit import expect


def test_minimize_quadratic_course_cost():
    w, costs = sub.minimize_quadratic()
    assert isinstance(w, tf.Variable), f"w is a {type(w).__name__}, expected a tf.Variable"
    expect(w, tf.Variable(5.0), "w after 1000 Adam steps", atol=1e-3)
    assert len(costs) == 1000, f"{len(costs)} costs recorded, expected one per step (1000)"
    expect(costs[:3], [25.0, 24.010006, 23.040571], "the first three costs", rtol=1e-5)


def test_minimize_quadratic_first_steps():
    w, costs = sub.minimize_quadratic(num_steps=3)
    expect(w, tf.Variable(0.2997846), "w after 3 Adam steps")


def test_softmax_cost_example():
    logits = tf.constant([[2.0, -1.0], [1.0, 3.0], [-1.0, 0.0]])
    labels = tf.constant([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    expect(sub.softmax_cost(logits, labels), tf.constant(1.7074481), "softmax_cost(logits, labels)")
