"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect


def test_bias_and_variance_example():
    expect(sub.bias_and_variance(0.15, 0.30), (0.15, 0.15), "bias_and_variance(0.15, 0.30)")


def test_bias_and_variance_blurry_images():
    expect(sub.bias_and_variance(0.15, 0.16, bayes_error=0.15), (0.0, 0.01),
           "bias_and_variance(0.15, 0.16, bayes_error=0.15)")


def test_diagnose_four_classic_cases():
    expect(sub.diagnose(0.01, 0.11), "high variance", "diagnose(0.01, 0.11)")
    expect(sub.diagnose(0.15, 0.16), "high bias", "diagnose(0.15, 0.16)")
    expect(sub.diagnose(0.15, 0.30), "high bias and high variance", "diagnose(0.15, 0.30)")
    expect(sub.diagnose(0.005, 0.01), "low bias and low variance", "diagnose(0.005, 0.01)")


def test_diagnose_blurry_images():
    expect(sub.diagnose(0.15, 0.16, bayes_error=0.15), "low bias and low variance",
           "diagnose(0.15, 0.16, bayes_error=0.15)")
