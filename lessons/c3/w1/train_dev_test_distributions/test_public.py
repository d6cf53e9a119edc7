"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

REGIONS = np.array(["US", "US", "US", "US", "India", "India", "India", "India",
                    "China", "China", "UK", "UK"])
NAMES = ["China", "India", "UK", "US"]


def test_region_shares_first_six():
    expect(sub.region_shares(REGIONS, np.arange(6), NAMES),
           np.array([0.0, 1 / 3, 0.0, 2 / 3]), "region_shares(REGIONS, [0..5], NAMES)")


def test_stratified_split_example():
    expect(sub.stratified_split(REGIONS, seed=0),
           (np.array([0, 2, 4, 6, 8, 11]), np.array([1, 3, 5, 7, 9, 10])),
           "stratified_split(REGIONS, seed=0)")


def test_looks_mismatched_two_splits():
    expect(sub.looks_mismatched(REGIONS, np.arange(6), np.arange(6, 12)), True,
           "looks_mismatched(first six vs last six)")
    expect(sub.looks_mismatched(REGIONS, np.array([0, 2, 4, 6, 8, 11]),
                                np.array([1, 3, 5, 7, 9, 10])), False,
           "looks_mismatched(stratified split)")
