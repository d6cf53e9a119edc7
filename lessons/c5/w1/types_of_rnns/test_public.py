"""Public tests: the tasks of the explanation."""

import submission as sub
from engine.testkit import expect


def test_classify_architecture_tasks():
    expect(sub.classify_architecture(1, 1), "one-to-one", "image classifier (1, 1)")
    expect(sub.classify_architecture(1, 20), "one-to-many", "music generation (1, 20)")
    expect(sub.classify_architecture(8, 1), "many-to-one", "sentiment (8, 1)")
    expect(sub.classify_architecture(9, 9), "many-to-many-equal", "entity recognition (9, 9)")
    expect(sub.classify_architecture(4, 3), "many-to-many-unequal", "translation (4, 3)")


def test_num_outputs_tasks():
    expect(sub.num_outputs("one-to-many", 1, 20), 20, "num_outputs(one-to-many, 1, 20)")
    expect(sub.num_outputs("many-to-one", 8, 1), 1, "num_outputs(many-to-one, 8, 1)")
    expect(sub.num_outputs("many-to-many-equal", 9, 9), 9, "num_outputs(many-to-many-equal, 9, 9)")
    expect(sub.num_outputs("many-to-many-unequal", 4, 3), 3,
           "num_outputs(many-to-many-unequal, 4, 3)")


def test_output_time_steps_tasks():
    expect(sub.output_time_steps("many-to-one", 8, 1), [8], "output_time_steps(many-to-one, 8, 1)")
    expect(sub.output_time_steps("one-to-many", 1, 4), [1, 2, 3, 4],
           "output_time_steps(one-to-many, 1, 4)")
    expect(sub.output_time_steps("many-to-many-unequal", 4, 3), [5, 6, 7],
           "output_time_steps(many-to-many-unequal, 4, 3)")
