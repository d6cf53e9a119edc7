"""Hidden tests: batches of several shapes and SNRs, measured column by column, plus the
properties a synthesized set must have."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def clips(T, m, seed, loudness=1.0):
    rng = np.random.default_rng(seed)
    return rng.normal(0, 1, size=(T, m)) * loudness * rng.uniform(0.2, 3.0, size=(1, m))


def away_from_zero(noise):
    """Noise with no sample near 0, so that ratios of noise samples are well defined."""
    return np.where(noise >= 0, noise + 0.5, noise - 0.5)


def measured_snr(mixed, clean):
    noise = mixed - clean
    return 10 * np.log10(np.mean(clean ** 2, axis=0) / np.mean(noise ** 2, axis=0))


@pytest.mark.parametrize("T, m, snr_db, seed", [(50, 3, 10, 1), (8, 20, 0, 2), (120, 7, 25, 3),
                                                (30, 30, -5, 4)])
def test_mix_at_snr_matches_reference(T, m, snr_db, seed):
    """Scale column j of the noise by sqrt(P_clean_j / (P_noise_j * 10 ** (snr_db / 10))), where
    P is the mean of the squared samples DOWN each column (axis=0, keepdims=True)."""
    clean, noise = clips(T, m, seed), clips(T, m, seed + 100, loudness=0.3)
    expected = reference().mix_at_snr(clean.copy(), noise.copy(), snr_db)
    expect(sub.mix_at_snr(clean, noise, snr_db), expected,
           f"mix_at_snr(clean {clean.shape}, noise {noise.shape}, {snr_db})")


@pytest.mark.parametrize("snr_db", [-10, 0, 6, 20, 40])
def test_mix_at_snr_reaches_the_snr(snr_db):
    """Every mixed column must sit at exactly snr_db: 10 * log10(P_clean / P_added_noise). Power
    is a mean of SQUARES, so dB convert with 10 ** (snr_db / 10) and the scale is its sqrt."""
    clean, noise = clips(64, 5, 7), clips(64, 5, 8, loudness=4.0)
    mixed = np.asarray(sub.mix_at_snr(clean, noise, snr_db))
    expect(measured_snr(mixed, clean), np.full(5, float(snr_db)), "the SNR of each mixed column",
           rtol=1e-6, atol=1e-6)


def test_mix_at_snr_each_clip_its_own_power():
    """A quiet clip and a loud clip in one batch each get their own scale: compute the powers
    per column, not over the whole batch."""
    clean = np.array([[0.1, 10.0, 1.0], [-0.1, -10.0, 2.0], [0.1, 10.0, -1.0]])
    noise = np.array([[1.0, 1.0, 1.0], [1.0, -1.0, 2.0], [-1.0, 1.0, 0.5]])
    mixed = np.asarray(sub.mix_at_snr(clean, noise, 10))
    expect(measured_snr(mixed, clean), np.full(3, 10.0), "the SNR of each mixed column")


def test_mix_at_snr_only_scales_the_noise():
    """The speech itself is not rescaled: mixed - clean must be a multiple of the noise, column
    by column."""
    clean, noise = clips(40, 6, 9), away_from_zero(clips(40, 6, 10))
    added = np.asarray(sub.mix_at_snr(clean, noise, 15)) - clean
    ratios = added / noise
    expect(ratios, np.broadcast_to(ratios[:1], ratios.shape).copy(),
           "(mixed - clean) / noise: one constant per column")
    assert np.all(ratios[0] > 0), "the noise was flipped or removed"


def test_mix_at_snr_non_square_shapes():
    """T samples by m clips: the result has the shape of clean, for tall and wide batches."""
    for T, m in [(3, 9), (9, 3)]:
        clean, noise = clips(T, m, T), clips(T, m, m)
        expect(np.asarray(sub.mix_at_snr(clean, noise, 5)).shape, (T, m), "mixed.shape")


def test_mix_at_snr_leaves_inputs_alone():
    """Build a new array: clean and noise are the caller's recordings and must not change
    (no noise *= scale)."""
    clean, noise = clips(20, 4, 11), clips(20, 4, 12)
    clean_before, noise_before = clean.copy(), noise.copy()
    sub.mix_at_snr(clean, noise, 10)
    expect(clean, clean_before, "clean after the call")
    expect(noise, noise_before, "noise after the call")


@pytest.mark.parametrize("T, m, k, seed", [(16, 10, 4, 1), (5, 30, 7, 2), (40, 3, 12, 3)])
def test_synthesize_matches_reference(T, m, k, seed):
    """rng = np.random.default_rng(seed); noise_ids = rng.integers(0, k, size=m); then mix clip j
    with column noise_ids[j] of the bank (noise_bank[:, noise_ids])."""
    clean, bank = clips(T, m, seed), clips(T, k, seed + 50)
    expected = reference().synthesize(clean.copy(), bank.copy(), 12, seed)
    expect(sub.synthesize(clean, bank, 12, seed), expected,
           f"synthesize(clean {clean.shape}, noise_bank {bank.shape}, 12, seed={seed})")


def test_synthesize_uses_the_chosen_background():
    """Clip j must be mixed with background noise_ids[j]: the added noise is a multiple of that
    column of the bank."""
    clean, bank = clips(24, 15, 21), away_from_zero(clips(24, 5, 22))
    mixed, noise_ids = sub.synthesize(clean, bank, 8, seed=4)
    added = np.asarray(mixed) - clean
    for j, i in enumerate(np.asarray(noise_ids)):
        ratio = added[:, j] / bank[:, i]
        assert np.allclose(ratio, ratio[0]), f"clip {j} is not mixed with background {i}"


def test_synthesize_every_background_possible():
    """All k backgrounds can be drawn, the last one included: integers(0, k) already excludes k."""
    clean, bank = clips(6, 400, 31), clips(6, 3, 32)
    _, noise_ids = sub.synthesize(clean, bank, 10, seed=5)
    expect(sorted(set(int(i) for i in noise_ids)), [0, 1, 2], "the backgrounds drawn in 400 clips")


def test_synthesize_each_clip_its_own_draw():
    """Draw m ids (size=m), one per clip, not one background for the whole batch."""
    clean, bank = clips(6, 50, 41), clips(6, 10, 42)
    _, noise_ids = sub.synthesize(clean, bank, 10, seed=6)
    expect(np.asarray(noise_ids).shape, (50,), "noise_ids.shape")
    assert len(set(int(i) for i in noise_ids)) > 1, "every clip got the same background"


def test_synthesize_leaves_inputs_alone():
    """The clean clips and the bank are not changed by synthesizing."""
    clean, bank = clips(10, 8, 51), clips(10, 3, 52)
    clean_before, bank_before = clean.copy(), bank.copy()
    sub.synthesize(clean, bank, 10, seed=7)
    expect(clean, clean_before, "clean after the call")
    expect(bank, bank_before, "noise_bank after the call")


@pytest.mark.parametrize("ids", [[0, 1, 2, 3], [5, 5, 5, 5, 5], [10, 2, 10, 40, 2, 10, 10],
                                 [1, 0, 1, 0, 1, 1]])
def test_background_reuse_matches_reference(ids):
    """distinct = number of DIFFERENT ids (np.unique), mean_reuse = m / distinct, max_share =
    (count of the most used id) / m."""
    expected = reference().background_reuse(list(ids))
    expect(sub.background_reuse(list(ids)), expected, f"background_reuse({ids})")


def test_background_reuse_ids_with_gaps():
    """Ids need not be consecutive: [100, 100, 250] uses two backgrounds, not 251. Count the ids
    that occur, not every id up to the largest."""
    expect(sub.background_reuse(np.array([100, 100, 250])), (2, 1.5, 2 / 3),
           "background_reuse(array([100, 100, 250]))")


def test_background_reuse_one_hour_of_noise():
    """3,600,000 clips drawing on 360 backgrounds: each is reused 10,000 times on average."""
    ids = np.tile(np.arange(360), 10_000)
    distinct, mean_reuse, max_share = sub.background_reuse(ids)
    expect(distinct, 360, "distinct")
    expect(mean_reuse, 10_000.0, "mean_reuse")
    expect(max_share, 1 / 360, "max_share")


def test_background_reuse_types():
    """distinct is a Python int; mean_reuse and max_share are floats."""
    distinct, mean_reuse, max_share = sub.background_reuse(np.array([4, 4, 1]))
    assert type(distinct) is int, f"distinct is a {type(distinct).__name__}, expected int"
    assert isinstance(mean_reuse, float), f"mean_reuse is a {type(mean_reuse).__name__}"
    assert isinstance(max_share, float), f"max_share is a {type(max_share).__name__}"
