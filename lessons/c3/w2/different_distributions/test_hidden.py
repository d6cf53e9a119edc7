"""Hidden tests: many sizes, feature dimensions and seeds, plus the properties the course's
split must have (dev and test from the target distribution only, nothing lost or shared)."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

POOLS = [(200_000, 10_000, 2_500), (500_000, 20_000, 5_000), (1_000, 1_000, 100),
         (37, 5, 3), (90_000, 250, 10_000)]


@pytest.mark.parametrize("m_web, m_mobile, m_dev", POOLS)
def test_mobile_in_shuffled_dev_many_pools(m_web, m_mobile, m_dev):
    """A random dev set holds mobile pictures in proportion to their share of the WHOLE pool:
    m_dev * m_mobile / (m_web + m_mobile)."""
    expect(sub.mobile_in_shuffled_dev(m_web, m_mobile, m_dev),
           m_dev * m_mobile / (m_web + m_mobile),
           f"mobile_in_shuffled_dev({m_web}, {m_mobile}, {m_dev})")


def test_mobile_in_shuffled_dev_equal_pools():
    """With as many mobile as web pictures, half of a random dev set is mobile."""
    expect(sub.mobile_in_shuffled_dev(3_000, 3_000, 800), 400.0,
           "mobile_in_shuffled_dev(3_000, 3_000, 800)")


def test_mobile_in_shuffled_dev_is_a_count():
    """Return a number of pictures (the share of the pool times m_dev), not a bare share."""
    expect(sub.mobile_in_shuffled_dev(9_000, 1_000, 5_000), 500.0,
           "mobile_in_shuffled_dev(9_000, 1_000, 5_000)")


@pytest.mark.parametrize("m_web, m_mobile",
                         [(200_000, 10_000), (100, 8), (5_000, 10_001), (0, 40), (12, 7),
                          (1_000_000, 3)])
def test_split_sizes_many_pools(m_web, m_mobile):
    """dev = test = m_mobile // 4; training gets every web picture and the rest of mobile."""
    expect(sub.split_sizes(m_web, m_mobile), reference().split_sizes(m_web, m_mobile),
           f"split_sizes({m_web}, {m_mobile})")


@pytest.mark.parametrize("m_web, m_mobile", [(200_000, 10_001), (7, 13), (50, 2)])
def test_split_sizes_add_up_and_are_ints(m_web, m_mobile):
    """Sizes count examples: whole numbers (use //) adding up to m_web + m_mobile."""
    sizes = sub.split_sizes(m_web, m_mobile)
    assert isinstance(sizes, tuple) and len(sizes) == 3, f"got {sizes!r}"
    assert all(isinstance(s, (int, np.integer)) for s in sizes), f"not ints: {sizes!r}"
    assert sum(sizes) == m_web + m_mobile, f"{sizes} does not add up to {m_web + m_mobile}"


def test_split_sizes_keeps_half_the_mobile_for_training():
    """Half the mobile pictures go to training, next to all the web pictures."""
    expect(sub.split_sizes(60_000, 4_000), (62_000, 1_000, 1_000), "split_sizes(60_000, 4_000)")


def make_source(n_x, m, first_id, source, seed):
    """Row 0 holds a unique id, row 1 the source (0 web, 1 mobile); labels depend on the id."""
    rng = np.random.default_rng(seed)
    ids = np.arange(first_id, first_id + m, dtype=float)
    X = np.vstack([ids, np.full(m, float(source)), rng.normal(size=(n_x - 2, m))])
    Y = (ids.astype(int) * 7 % 3 == 0).astype(int).reshape(1, m)
    return X, Y


CASES = [(2, 30, 12, 0), (4, 100, 40, 7), (3, 9, 21, 42), (5, 57, 103, 3)]


def make_data(n_x, m_web, m_mobile, seed):
    X_web, Y_web = make_source(n_x, m_web, 1000, 0, seed)
    X_mobile, Y_mobile = make_source(n_x, m_mobile, 0, 1, seed + 1)
    return X_web, Y_web, X_mobile, Y_mobile


@pytest.mark.parametrize("n_x, m_web, m_mobile, seed", CASES)
def test_split_web_and_mobile_matches_reference(n_x, m_web, m_mobile, seed):
    """Shuffle the MOBILE columns with np.random.default_rng(seed).permutation(m_mobile);
    dev = first m_dev, test = next m_dev; train = all web columns, then the rest of mobile."""
    data = make_data(n_x, m_web, m_mobile, seed)
    expected = reference().split_web_and_mobile(*[a.copy() for a in data], seed=seed)
    expect(sub.split_web_and_mobile(*data, seed=seed), expected,
           f"split_web_and_mobile(web {m_web}, mobile {m_mobile}, seed={seed})")


@pytest.mark.parametrize("n_x, m_web, m_mobile, seed", CASES)
def test_split_web_and_mobile_shapes(n_x, m_web, m_mobile, seed):
    """Examples are COLUMNS: each set keeps all n_x rows; concatenate along axis=1."""
    parts = sub.split_web_and_mobile(*make_data(n_x, m_web, m_mobile, seed), seed=seed)
    m_dev = m_mobile // 4
    m_train = m_web + m_mobile - 2 * m_dev
    want = [(n_x, m_train), (1, m_train), (n_x, m_dev), (1, m_dev), (n_x, m_dev), (1, m_dev)]
    got = [np.shape(p) for p in parts]
    assert got == want, f"shapes {got}, expected {want}"


@pytest.mark.parametrize("n_x, m_web, m_mobile, seed", CASES)
def test_split_web_and_mobile_dev_and_test_are_mobile(n_x, m_web, m_mobile, seed):
    """Dev and test are the TARGET: they must hold mobile examples only (do not pool and
    shuffle the web pictures with them)."""
    parts = sub.split_web_and_mobile(*make_data(n_x, m_web, m_mobile, seed), seed=seed)
    for name, X_part in (("X_dev", parts[2]), ("X_test", parts[4])):
        sources = np.asarray(X_part)[1]
        assert np.all(sources == 1), f"{name} contains {int(np.sum(sources == 0))} web examples"


@pytest.mark.parametrize("n_x, m_web, m_mobile, seed", CASES)
def test_split_web_and_mobile_every_example_once(n_x, m_web, m_mobile, seed):
    """Every example lands in exactly one set: no dev or test picture may also be in training."""
    parts = sub.split_web_and_mobile(*make_data(n_x, m_web, m_mobile, seed), seed=seed)
    ids = np.concatenate([np.asarray(p)[0] for p in parts[0::2]]).astype(int)
    expected = np.concatenate([np.arange(m_mobile), np.arange(1000, 1000 + m_web)])
    expect(np.sort(ids), expected, "sorted ids of all examples in train + dev + test")


@pytest.mark.parametrize("n_x, m_web, m_mobile, seed", CASES)
def test_split_web_and_mobile_labels_follow_examples(n_x, m_web, m_mobile, seed):
    """Shuffle the labels with the SAME permutation as the examples."""
    parts = sub.split_web_and_mobile(*make_data(n_x, m_web, m_mobile, seed), seed=seed)
    for X_part, Y_part in zip(parts[0::2], parts[1::2], strict=True):
        ids = np.asarray(X_part)[0].astype(int)
        expect(np.asarray(Y_part), (ids * 7 % 3 == 0).astype(int).reshape(1, -1),
               "labels of the examples in a set")


def test_split_web_and_mobile_shuffles_the_mobile_pictures():
    """Shuffle the mobile pictures before cutting; stored order may be sorted by date or user."""
    data = make_data(2, 10, 40, 5)
    X_dev = np.asarray(sub.split_web_and_mobile(*data, seed=5)[2])
    assert not np.array_equal(X_dev[0], np.arange(10)), "the mobile pictures are not shuffled"


def test_split_web_and_mobile_leaves_inputs_alone():
    """Index with the permutation to build NEW arrays; do not shuffle the inputs in place."""
    data = make_data(3, 20, 16, 9)
    before = [a.copy() for a in data]
    sub.split_web_and_mobile(*data, seed=9)
    for name, a, b in zip(["X_web", "Y_web", "X_mobile", "Y_mobile"], data, before, strict=True):
        expect(a, b, f"{name} after the call")
