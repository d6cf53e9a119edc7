"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

A = np.array([0.5, 0.5, 0.5, 0.5])
B = np.array([0.7, 0.1, 0.5, 0.5])
C = np.array([0.1, 0.9, 0.1, 0.1])
DATABASE = {"ana": B, "ben": C}


def test_verify_accepts_ana():
    dist, is_match = sub.verify(A, B, threshold=0.7)
    expect(dist, 0.4472135954999579, "dist for (A, ana)")
    assert is_match is True, "0.447 < 0.7, so the door should open"


def test_verify_rejects_ben():
    dist, is_match = sub.verify(A, C, threshold=0.7)
    expect(dist, 0.8, "dist for (A, ben)")
    assert is_match is False, "0.8 >= 0.7, so the door should stay shut"


def test_recognize_finds_ben():
    min_dist, identity = sub.recognize(np.array([0.2, 0.8, 0.3, 0.4]), DATABASE, threshold=0.7)
    expect(min_dist, 0.3872983346207417, "min_dist")
    assert identity == "ben", f"expected 'ben', got {identity!r}"


def test_recognize_stranger():
    min_dist, identity = sub.recognize(np.array([-0.5, 0.5, 0.5, -0.5]), DATABASE, threshold=0.7)
    expect(min_dist, 1.019803902718557, "min_dist")
    assert identity is None, f"a stranger must give None, got {identity!r}"
