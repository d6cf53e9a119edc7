"""Public tests: the numbers of the explanation."""

import submission as sub
from engine.testkit import expect


def test_steps_per_epoch_examples():
    expect(sub.steps_per_epoch(5_000_000, 1000), 5000, "steps_per_epoch(5_000_000, 1000)",
           strict_type=True)
    expect(sub.steps_per_epoch(1000, 64), 16, "steps_per_epoch(1000, 64)", strict_type=True)


def test_choose_mini_batch_size_examples():
    expect(sub.choose_mini_batch_size(1500, 100_000), 1500,
           "choose_mini_batch_size(1500, 100_000)", strict_type=True)
    expect(sub.choose_mini_batch_size(5_000_000, 100_000), 512,
           "choose_mini_batch_size(5_000_000, 100_000)", strict_type=True)
    expect(sub.choose_mini_batch_size(5_000_000, 300), 256,
           "choose_mini_batch_size(5_000_000, 300)", strict_type=True)
