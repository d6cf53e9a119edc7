"""Hidden tests: random collections of records with absent keys, None values, zero labels and
image arrays, chains of 2 to 5 representations, and a table of decisions on the boundaries."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

KEYS = ["audio", "features", "phonemes", "words", "transcript"]


def collection(n, keys, seed):
    """n records; each representation is absent, None, 0, or real data (an array or a string)."""
    rng = np.random.default_rng(seed)
    records = []
    for _ in range(n):
        record = {}
        for key in keys:
            kind = rng.integers(0, 5)
            if kind == 1:
                record[key] = None
            elif kind == 2:
                record[key] = 0
            elif kind == 3:
                record[key] = f"{key}-{rng.integers(0, 100)}"
            elif kind == 4:
                record[key] = rng.random(3)
        records.append(record)
    return records


def pairs_by_hand(records, x_key, y_key):
    return sum(1 for r in records if r.get(x_key) is not None and r.get(y_key) is not None)


@pytest.mark.parametrize("n, seed", [(10, 1), (60, 2), (200, 3)])
def test_count_pairs_matches_reference(n, seed):
    """A record counts when both keys are present and not None; 0, "" and arrays are data."""
    records = collection(n, KEYS, seed)
    for x_key, y_key in [("audio", "transcript"), ("features", "phonemes"), ("words", "audio")]:
        expected = reference().count_pairs(records, x_key, y_key)
        expect(sub.count_pairs(records, x_key, y_key), expected,
               f"count_pairs({n} records, {x_key!r}, {y_key!r})")


def test_count_pairs_zero_is_a_label():
    """Identity 0 is a real person: test with `is not None`, not with truthiness."""
    records = [{"image": "a", "identity": 0}, {"image": "b", "identity": 3},
               {"image": "c", "identity": None}, {"image": "", "identity": 0}]
    expect(sub.count_pairs(records, "image", "identity"), 3, "count_pairs(...)")


def test_count_pairs_arrays():
    """Images are numpy arrays; an array cannot be used as a truth value, so ask `is not None`."""
    records = [{"image": np.ones((2, 2)), "label": 1}, {"image": np.zeros((2, 2)), "label": 0},
               {"image": np.ones((2, 2))}, {"label": 1}]
    expect(sub.count_pairs(records, "image", "label"), 2, "count_pairs(image arrays, labels)")


def test_count_pairs_absent_and_none():
    """An absent key and a key holding None both mean 'not recorded'; use record.get(key)."""
    records = [{"x": 1}, {"y": 2}, {"x": None, "y": 2}, {"x": 1, "y": None}, {"x": 5, "y": 6}, {}]
    expect(sub.count_pairs(records, "x", "y"), 1, "count_pairs(...)")


def test_count_pairs_symmetric():
    """A pair needs both halves: count_pairs(r, a, b) equals count_pairs(r, b, a)."""
    records = collection(80, KEYS, 4)
    expected = pairs_by_hand(records, "audio", "words")
    expect(sub.count_pairs(records, "audio", "words"), expected, "count_pairs(r, 'audio', 'words')")
    expect(sub.count_pairs(records, "words", "audio"), expected, "count_pairs(r, 'words', 'audio')")


def test_count_pairs_empty():
    """No records, no pairs: 0."""
    expect(sub.count_pairs([], "x", "y"), 0, "count_pairs([], 'x', 'y')")


@pytest.mark.parametrize("n_keys, seed", [(2, 5), (3, 6), (4, 7), (5, 8)])
def test_data_per_stage_matches_reference(n_keys, seed):
    """End-to-end: pairs of the first and last representations only. Stage t: pairs of keys[t]
    and keys[t + 1], for all len(keys) - 1 stages."""
    keys = KEYS[:n_keys]
    records = collection(150, keys, seed)
    expected = reference().data_per_stage(records, keys)
    expect(sub.data_per_stage(records, keys), expected, f"data_per_stage(records, {keys})")


def test_data_per_stage_by_hand():
    """Compared with counting by hand: the direct mapping does not need the intermediate
    representations, and each stage uses neighbouring representations."""
    keys = ["audio", "features", "phonemes", "words"]
    records = collection(120, keys, 9)
    expected = (pairs_by_hand(records, "audio", "words"),
                [pairs_by_hand(records, a, b) for a, b in zip(keys[:-1], keys[1:], strict=True)])
    expect(sub.data_per_stage(records, keys), expected, f"data_per_stage(records, {keys})")


def test_data_per_stage_end_to_end_skips_the_middle():
    """Transcribed audio with no phoneme labels is perfect end-to-end data, useless to the
    stages: 3 direct pairs, 0 for each stage."""
    records = [{"audio": f"a{i}", "transcript": f"t{i}"} for i in range(3)]
    expect(sub.data_per_stage(records, ["audio", "phonemes", "transcript"]), (3, [0, 0]),
           "data_per_stage(transcribed audio only)")


def test_data_per_stage_two_keys():
    """With just [x, y] there is one stage, and it is the end-to-end mapping itself."""
    records = collection(40, ["x", "y"], 10)
    n = pairs_by_hand(records, "x", "y")
    expect(sub.data_per_stage(records, ["x", "y"]), (n, [n]), "data_per_stage(records, ['x', 'y'])")


DECISIONS = [
    # n_end_to_end, stage_counts, needed_end_to_end, needed_per_stage, expected
    (5_000, [100, 100], 5_000, [1, 1], "end-to-end"),                  # exactly enough
    (4_999, [100, 100], 5_000, [100, 100], "pipeline"),                # stages exactly enough
    (4_999, [100, 99], 5_000, [100, 100], "collect more data"),        # one stage one short
    (10, [10 ** 6, 10], 1_000, [100, 100], "collect more data"),       # rich stage, starving one
    (10 ** 7, [10 ** 6, 10 ** 6, 10 ** 6], 10 ** 6, [10, 10, 10], "end-to-end"),   # both work
    (0, [300, 40, 9_000], 10 ** 4, [200, 40, 8_000], "pipeline"),
    (0, [300, 39, 9_000], 10 ** 4, [200, 40, 8_000], "collect more data"),
    (20, [30], 25, [40], "collect more data"),
]


@pytest.mark.parametrize("n_e2e, counts, need_e2e, need, expected", DECISIONS)
def test_choose_approach_decisions(n_e2e, counts, need_e2e, need, expected):
    """End-to-end when n_end_to_end >= needed_end_to_end; otherwise a pipeline only if EVERY
    stage reaches its own need (>=, stage by stage, not in total); otherwise collect data."""
    expect(sub.choose_approach(n_e2e, list(counts), need_e2e, list(need)), expected,
           f"choose_approach({n_e2e}, {counts}, {need_e2e}, {need})")


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_choose_approach_matches_reference(seed):
    """Random situations, compared with the reference decision."""
    rng = np.random.default_rng(seed)
    for _ in range(40):
        n_stages = int(rng.integers(1, 5))
        counts = [int(c) for c in rng.integers(0, 2_000, size=n_stages)]
        need = [int(c) for c in rng.integers(0, 2_000, size=n_stages)]
        n_e2e, need_e2e = int(rng.integers(0, 5_000)), int(rng.integers(0, 5_000))
        expected = reference().choose_approach(n_e2e, list(counts), need_e2e, list(need))
        expect(sub.choose_approach(n_e2e, counts, need_e2e, need), expected,
               f"choose_approach({n_e2e}, {counts}, {need_e2e}, {need})")
