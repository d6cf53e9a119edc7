"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_classic_split_thousand():
    expect(sub.classic_split(1000), (600, 200, 200), "classic_split(1000)")
    expect(sub.classic_split(1000, with_test=False), (700, 300, 0),
           "classic_split(1000, with_test=False)")


def test_margin_of_error_examples():
    expect(sub.margin_of_error(0.05, 100), 0.042716424707947044, "margin_of_error(0.05, 100)")
    expect(sub.margin_of_error(0.05, 10_000), 0.004271642470794704,
           "margin_of_error(0.05, 10_000)")


def test_examples_needed_examples():
    expect(sub.examples_needed(0.01), 9604, "examples_needed(0.01)")
    expect(sub.examples_needed(0.001, error=0.05), 182_470, "examples_needed(0.001, error=0.05)")


def test_split_for_small_and_big():
    expect(sub.split_for(10_000), (6000, 2000, 2000), "split_for(10_000)")
    expect(sub.split_for(1_000_000), (980_792, 9604, 9604), "split_for(1_000_000)")
