"""Hidden tests: random regions of many sizes, the properties of a stratified split, and
splits that are mismatched in different ways."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

ALL_NAMES = np.array(["Brazil", "China", "Germany", "India", "Kenya", "UK", "US"])


def random_regions(seed, m, k):
    """m examples from k regions with uneven sizes, stored in a shuffled order."""
    rng = np.random.default_rng(seed)
    weights = rng.uniform(0.2, 1.0, size=k)
    return rng.choice(ALL_NAMES[:k], size=m, p=weights / weights.sum())


@pytest.mark.parametrize("seed, m, k", [(1, 30, 3), (2, 101, 5), (3, 400, 7)])
def test_region_shares_random(seed, m, k):
    """shares[k] = (examples of the set in region names[k]) / (examples in the set)."""
    regions = random_regions(seed, m, k)
    idx = np.random.default_rng(seed + 50).choice(m, size=m // 3, replace=False)
    names = list(ALL_NAMES[:k][::-1])
    in_set = [regions[i] for i in idx]
    expected = np.array([in_set.count(name) / len(idx) for name in names])
    expect(sub.region_shares(regions, idx, names), expected, "region_shares(regions, idx, names)")


def test_region_shares_follow_names():
    """The result has one entry per name, in the order of names, also for a region that has
    no example in the set (its share is 0)."""
    regions = np.array(["UK", "US", "US", "India", "UK", "US"])
    expect(sub.region_shares(regions, np.array([1, 2, 4]), ["US", "India", "UK"]),
           np.array([2 / 3, 0.0, 1 / 3]), "region_shares(regions, [1, 2, 4], ['US', 'India', 'UK'])")


def test_region_shares_are_fractions_of_the_set():
    """Divide by the size of the SET (len(idx)), not by m: the shares add up to 1."""
    regions = random_regions(4, 90, 4)
    idx = np.arange(0, 90, 7)
    shares = sub.region_shares(regions, idx, list(np.unique(regions)))
    expect(float(np.sum(shares)), 1.0, "sum of the shares")


def test_region_shares_leaves_inputs_alone():
    """Do not change regions or idx."""
    regions = random_regions(5, 40, 3)
    idx = np.arange(5, 25)
    regions_before, idx_before = regions.copy(), idx.copy()
    sub.region_shares(regions, idx, list(np.unique(regions)))
    expect(regions, regions_before, "regions after region_shares")
    expect(idx, idx_before, "idx after region_shares")


SPLITS = [(6, 20, 3), (7, 57, 4), (8, 250, 6), (9, 501, 7)]


@pytest.mark.parametrize("seed, m, k", SPLITS)
def test_stratified_split_matches_reference(seed, m, k):
    """One generator, np.random.default_rng(seed); for each region in np.unique order,
    rng.permutation of its indices; the first len // 2 to dev, the rest to test; sort both."""
    regions = random_regions(seed, m, k)
    expected = reference().stratified_split(regions.copy(), seed)
    expect(sub.stratified_split(regions, seed), expected, f"stratified_split(regions, {seed})")


@pytest.mark.parametrize("seed, m, k", SPLITS)
def test_stratified_split_each_region_halved(seed, m, k):
    """Stratified: EVERY region gives half of its examples (rounded down) to dev and the
    rest to test, so both sets have the same mix of regions."""
    regions = random_regions(seed, m, k)
    dev_idx, test_idx = sub.stratified_split(regions, seed)
    for name in np.unique(regions):
        n = int(np.sum(regions == name))
        got = (int(np.sum(regions[dev_idx] == name)), int(np.sum(regions[test_idx] == name)))
        assert got == (n // 2, n - n // 2), \
            f"region {name} has {n} examples; dev and test got {got}, expected {(n // 2, n - n // 2)}"


@pytest.mark.parametrize("seed, m, k", SPLITS)
def test_stratified_split_uses_every_example_once(seed, m, k):
    """Dev and test must not overlap, and together they hold every example exactly once."""
    regions = random_regions(seed, m, k)
    dev_idx, test_idx = sub.stratified_split(regions, seed)
    expect(np.sort(np.concatenate([dev_idx, test_idx])), np.arange(m), "sorted dev + test indices")


def test_stratified_split_shuffles_within_regions():
    """Shuffle inside each region: if the data is stored by date, taking the first half of
    each region puts all the old examples in dev and all the new ones in test."""
    regions = np.repeat(np.array(["China", "India", "US"]), 40)
    dev_idx, _ = sub.stratified_split(regions, seed=3)
    first_halves = np.concatenate([np.arange(0, 20), np.arange(40, 60), np.arange(80, 100)])
    assert not np.array_equal(np.sort(dev_idx), first_halves), \
        "the dev set is exactly the first half of every region: shuffle each region first"


def test_stratified_split_sorted_ints():
    """Return two sorted 1-D arrays of integer indices."""
    dev_idx, test_idx = sub.stratified_split(random_regions(10, 64, 4), seed=10)
    for name, idx in (("dev_idx", dev_idx), ("test_idx", test_idx)):
        assert isinstance(idx, np.ndarray) and idx.ndim == 1, f"{name} should be a 1-D array"
        assert idx.dtype.kind in "iu", f"{name} should hold ints, got {idx.dtype}"
        assert np.all(np.diff(idx) > 0), f"{name} should be sorted in increasing order"


def test_stratified_split_seed_matters():
    """The same seed gives the same split; another seed gives another split."""
    regions = random_regions(11, 80, 3)
    first, again = sub.stratified_split(regions, 1), sub.stratified_split(regions, 1)
    other = sub.stratified_split(regions, 2)
    expect(again, first, "stratified_split(regions, 1) called twice")
    assert not np.array_equal(first[0], other[0]), "seeds 1 and 2 gave the same dev set"


def test_stratified_split_leaves_regions_alone():
    """Do not shuffle or change the caller's regions array."""
    regions = random_regions(12, 45, 3)
    before = regions.copy()
    sub.stratified_split(regions, 12)
    expect(regions, before, "regions after stratified_split")


@pytest.mark.parametrize("seed, m, k", SPLITS)
def test_looks_mismatched_stratified_is_fine(seed, m, k):
    """A stratified split of a decent size has almost identical shares: not mismatched."""
    regions = random_regions(seed, m, k)
    dev_idx, test_idx = reference().stratified_split(regions.copy(), seed)
    expect(sub.looks_mismatched(regions, dev_idx, test_idx, tolerance=0.1), False,
           "looks_mismatched(stratified split, tolerance=0.1)")


@pytest.mark.parametrize("seed, m, k", SPLITS)
def test_looks_mismatched_split_by_region(seed, m, k):
    """Dev from some regions and test from the others is the textbook mismatch."""
    regions = random_regions(seed, m, k)
    names = np.unique(regions)
    dev_idx = np.flatnonzero(np.isin(regions, names[: k // 2]))
    test_idx = np.flatnonzero(np.isin(regions, names[k // 2:]))
    expect(sub.looks_mismatched(regions, dev_idx, test_idx), True,
           "looks_mismatched(dev and test from different regions)")


def test_looks_mismatched_either_direction():
    """A region can be under-represented in dev as well as over-represented: use abs()."""
    regions = np.array(["A"] * 2 + ["B"] * 4 + ["C"] * 4 + ["A"] * 4 + ["B"] * 3 + ["C"] * 3)
    expect(sub.looks_mismatched(regions, np.arange(10), np.arange(10, 20), tolerance=0.15),
           True, "looks_mismatched(dev shares [0.2, 0.4, 0.4], test [0.4, 0.3, 0.3], 0.15)")


def test_looks_mismatched_compares_shares_not_counts():
    """A test set twice as big as dev with the same mix is fine: compare SHARES."""
    regions = np.array(["A"] * 5 + ["B"] * 5 + ["A"] * 10 + ["B"] * 10)
    expect(sub.looks_mismatched(regions, np.arange(10), np.arange(10, 30)), False,
           "looks_mismatched(10 vs 20 examples, same mix)")


def test_looks_mismatched_worst_region():
    """One badly off region is enough: take the MAX gap over the regions, not the mean."""
    regions = np.array(["A", "B", "C", "D", "E"] * 4 + ["A"] * 8 + ["B", "C", "D", "E"] * 3)
    expect(sub.looks_mismatched(regions, np.arange(20), np.arange(20, 40), tolerance=0.1),
           True, "looks_mismatched(one region 0.2 off, tolerance=0.1)")


def test_looks_mismatched_tolerance():
    """Use the tolerance argument: a 0.2 gap is fine with tolerance 0.25."""
    regions = np.array(["A"] * 2 + ["B"] * 4 + ["C"] * 4 + ["A"] * 4 + ["B"] * 3 + ["C"] * 3)
    expect(sub.looks_mismatched(regions, np.arange(10), np.arange(10, 20), tolerance=0.25),
           False, "looks_mismatched(..., tolerance=0.25)")


def test_looks_mismatched_returns_a_bool():
    """Return a plain Python bool: wrap the numpy comparison in bool(...)."""
    regions = random_regions(13, 30, 3)
    result = sub.looks_mismatched(regions, np.arange(15), np.arange(15, 30))
    assert type(result) is bool, f"expected a Python bool, got {type(result).__name__}"
