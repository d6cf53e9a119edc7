"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect

RECORDS = [
    {"image": "img0", "face": "f0", "identity": 0},      # a turnstile photo, fully labelled
    {"image": "img1", "face": "f1"},                     # face detection data
    {"image": "img2", "face": None, "identity": 4},      # a turnstile photo, no face box
    {"face": "f3", "identity": 2},                       # face recognition data
    {"face": "f4", "identity": 0},
    {"image": "img5", "face": "f5", "identity": None},
    {"image": "img6"},                                   # unlabelled
    {"image": "img7", "identity": 1},
    {"face": "f8", "identity": 7},
]


def test_count_pairs_example():
    expect(sub.count_pairs(RECORDS, "image", "identity"), 3,
           "count_pairs(RECORDS, 'image', 'identity')")


def test_data_per_stage_example():
    expect(sub.data_per_stage(RECORDS, ["image", "face", "identity"]), (3, [3, 4]),
           "data_per_stage(RECORDS, ['image', 'face', 'identity'])")


def test_choose_approach_turnstile():
    expect(sub.choose_approach(10_000, [2_000_000, 5_000_000], 1_000_000, [100_000, 100_000]),
           "pipeline", "choose_approach(turnstile)")


def test_choose_approach_translation():
    expect(sub.choose_approach(50_000_000, [0, 0, 0], 10_000_000, [1_000, 1_000, 1_000]),
           "end-to-end", "choose_approach(translation)")


def test_choose_approach_short_stage():
    expect(sub.choose_approach(10_000, [2_000_000, 20_000], 1_000_000, [100_000, 100_000]),
           "collect more data", "choose_approach(turnstile with few face pairs)")
