"""Hidden tests: new label arrays, error samples, error tables, pictures, tasks and designs,
compared with the reference and with the rules of the explanation."""

import copy
import warnings

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [2, 11, 58]


def quietly(function, *args, **kwargs):
    """Call function with warnings silenced (for tests that only look at the values)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


# --------------------------------------------------------------------------- multitask_loss

def random_labels(seed, m, missing=0.3):
    rng = np.random.default_rng(seed)
    Y = (rng.random((5, m)) < 0.4).astype(float)
    Y[rng.random((5, m)) < missing] = np.nan
    Y_hat = rng.uniform(0.03, 0.97, (5, m))
    return Y_hat, Y


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m", [1, 7, 40])
def test_multitask_loss_random(seed, m):
    """Sum the logistic loss -(y log yhat + (1 - y) log(1 - yhat)) over every LABELLED entry,
    skip the np.nan ones, and divide by m, the number of pictures (columns)."""
    Y_hat, Y = random_labels(seed, m)
    expected = reference().multitask_loss(Y_hat.copy(), Y.copy())
    expect(sub.multitask_loss(Y_hat, Y), expected, f"multitask_loss(Y_hat, Y) for m = {m}",
           strict_type=True)


def test_multitask_loss_is_never_nan():
    """np.nan * 0 is still nan: mask the missing labels out (np.isnan, np.where) before you
    sum, or the cost itself becomes nan."""
    Y_hat, Y = random_labels(4, 12, missing=0.5)
    cost = sub.multitask_loss(Y_hat, Y)
    assert cost is not None and np.isfinite(cost), f"multitask_loss returned {cost}"


def test_multitask_loss_missing_is_not_zero():
    """A missing label is not a 0 label: it adds NOTHING. With every label missing except one
    y = 1 with yhat = 0.5, the cost is log(2) / m."""
    Y = np.full((5, 4), np.nan)
    Y[2, 1] = 1.0
    Y_hat = np.full((5, 4), 0.9)
    Y_hat[2, 1] = 0.5
    expect(sub.multitask_loss(Y_hat, Y), float(np.log(2) / 4),
           "multitask_loss (a single known label)", strict_type=True)


def test_multitask_loss_no_missing_labels():
    """Without missing labels the cost is the sum over the 5 classes of each class's mean
    logistic loss (both terms: y log yhat AND (1 - y) log(1 - yhat)); divide by m, not by 5 m."""
    Y_hat, Y = random_labels(9, 25, missing=0.0)
    per_class = -np.mean(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat), axis=1)
    expect(sub.multitask_loss(Y_hat, Y), float(np.sum(per_class)),
           "multitask_loss (no missing labels)", strict_type=True)


def test_multitask_loss_leaves_the_labels_alone():
    """Do not fill the np.nan entries of Y in place: the caller still needs to know which
    labels are missing. Work on a copy or use np.where."""
    Y_hat, Y = random_labels(21, 10)
    before = Y.copy()
    sub.multitask_loss(Y_hat, Y)
    assert np.array_equal(np.isnan(Y), np.isnan(before)), "Y's missing labels were filled in"


# --------------------------------------------------------------------------- error_analysis

VOCABULARY = ["foggy", "night", "glare", "mislabeled", "rain on lens", "far away", "blurry"]


def random_tags(seed, n):
    rng = np.random.default_rng(seed)
    tags = []
    for _ in range(n):
        count = int(rng.choice([0, 1, 1, 2, 3]))
        tags.append([str(t) for t in rng.choice(VOCABULARY, size=count, replace=False)])
    return tags


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n, dev_error", [(20, 0.12), (57, 0.085), (100, 0.3)])
def test_error_analysis_random(seed, n, dev_error):
    """share = (pictures carrying the tag) / n, where n counts EVERY examined picture;
    ceiling = share * dev_error; sort by share, largest first, ties alphabetically."""
    tags = random_tags(seed, n)
    expected = reference().error_analysis(copy.deepcopy(tags), dev_error)
    expect(sub.error_analysis(tags, dev_error), expected, f"error_analysis({n} pictures, "
           f"{dev_error})")


def test_error_analysis_counts_pictures_not_tags():
    """Shares are fractions of the examined PICTURES: a picture that is foggy AND at night
    counts once for each tag, and the shares may add up to more than 1."""
    tags = [["foggy", "night"], ["foggy", "night"], ["foggy"], ["night"]]
    expect(sub.error_analysis(tags, 0.1), [("foggy", 0.75, 0.075), ("night", 0.75, 0.075)],
           "error_analysis(tags, 0.1)")


def test_error_analysis_untagged_pictures_count():
    """Pictures without any tag are still part of the sample: divide by all n pictures."""
    tags = [["glare"], [], [], []]
    expect(sub.error_analysis(tags, 0.2), [("glare", 0.25, 0.05)], "error_analysis(tags, 0.2)")


def test_error_analysis_ceiling_is_a_share_of_the_dev_error():
    """The ceiling is how much of the DEV ERROR the category could remove: share * dev_error,
    in the same units as dev_error (0.08 of the errors at a 10 % dev error is 0.008)."""
    tags = [["foggy"]] * 2 + [["mislabeled"]] * 23
    expect(sub.error_analysis(tags, 0.1), [("mislabeled", 0.92, 0.092), ("foggy", 0.08, 0.008)],
           "error_analysis(tags, 0.1)")


def test_error_analysis_ties_alphabetical():
    """Largest share first; equal shares in alphabetical order of the tag."""
    tags = [["night"], ["blurry"], ["glare"], ["glare"]]
    expect(sub.error_analysis(tags, 0.1), [("glare", 0.5, 0.05), ("blurry", 0.25, 0.025),
                                           ("night", 0.25, 0.025)], "error_analysis(tags, 0.1)")


# --------------------------------------------------------------------------- mismatch_report

@pytest.mark.parametrize("seed", SEEDS)
def test_mismatch_report_random(seed):
    """bias = train - human, variance = train-dev - train, data mismatch = dev - train-dev,
    overfitting to dev = test - dev; focus is the key of the largest gap."""
    rng = np.random.default_rng(seed)
    for _ in range(30):
        errors = np.cumsum(rng.uniform(0, 0.05, 5))
        errors[4] = errors[3] + rng.uniform(-0.01, 0.02)
        args = [float(e) for e in errors]
        expected = reference().mismatch_report(*args)
        expect(sub.mismatch_report(*args), expected,
               "mismatch_report(" + ", ".join(f"{e:.4f}" for e in args) + ")")


def test_mismatch_report_train_dev_splits_the_gap():
    """The train-dev set separates variance from mismatch: train 2 %, train-dev 2.5 %, dev 9 %
    is a DATA MISMATCH of 6.5 points and only 0.5 point of variance."""
    gaps, focus = sub.mismatch_report(0.015, 0.02, 0.025, 0.09, 0.09)
    expect(gaps["variance"], 0.005, "gaps['variance']")
    expect(gaps["data mismatch"], 0.065, "gaps['data mismatch']")
    expect(focus, "data mismatch", "focus")


def test_mismatch_report_bias_from_human_level():
    """Avoidable bias starts at the human level, not at 0."""
    gaps, focus = sub.mismatch_report(0.06, 0.07, 0.075, 0.10, 0.10)
    expect(gaps["avoidable bias"], 0.01, "gaps['avoidable bias']")
    expect(focus, "data mismatch", "focus")


def test_mismatch_report_tie_goes_to_the_first():
    """On a tie the first gap in the order bias, variance, mismatch, overfitting to dev wins."""
    report = sub.mismatch_report(0.0, 0.125, 0.25, 0.375, 0.375)
    expect(report[1], "avoidable bias", "focus for gaps 0.125, 0.125, 0.125, 0")


def test_mismatch_report_overfitting_sign():
    """Overfitting to dev is test - dev: positive when the test set is WORSE."""
    gaps, focus = sub.mismatch_report(0.01, 0.02, 0.03, 0.04, 0.12)
    expect(gaps["overfitting to dev"], 0.08, "gaps['overfitting to dev']")
    expect(focus, "overfitting to dev", "focus")


# --------------------------------------------------------------------------- synthesize_fog

def random_pictures(seed, m, h, w, k):
    rng = np.random.default_rng(seed)
    return rng.random((m, h, w, 3)), rng.random((k, h, w))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m, h, w, k", [(4, 5, 3, 2), (9, 2, 6, 5), (1, 4, 4, 3)])
def test_synthesize_fog_random(seed, m, h, w, k):
    """pick = np.random.default_rng(seed).integers(0, k, size=m); alpha = density *
    fog[pick] with a channel axis added; foggy = (1 - alpha) * images + alpha * FOG_COLOUR."""
    images, fog = random_pictures(seed, m, h, w, k)
    density = [0.3, 0.6, 0.9][seed % 3]
    expected = quietly(reference().synthesize_fog, images.copy(), fog.copy(), density,
                       seed=seed)
    expect(quietly(sub.synthesize_fog, images, fog, density, seed=seed), expected,
           f"synthesize_fog(images {images.shape}, fog {fog.shape}, {density}, seed={seed})")


def test_synthesize_fog_blends_not_adds():
    """A blend stays between the picture and the fog colour: full fog (alpha = 1) gives exactly
    FOG_COLOUR, no fog (alpha = 0) leaves the picture as it was, and nothing exceeds 1."""
    images = np.ones((3, 2, 4, 3)) * np.array([0.9, 0.2, 0.1])
    full = quietly(sub.synthesize_fog, images, np.ones((1, 2, 4)), density=1.0)
    expect(full, np.broadcast_to(sub.FOG_COLOUR, (3, 2, 4, 3)).astype(float),
           "synthesize_fog with density 1 and full fog")
    none = quietly(sub.synthesize_fog, images, np.zeros((1, 2, 4)), density=1.0)
    expect(none, images, "synthesize_fog with no fog at all")
    white = quietly(sub.synthesize_fog, np.ones((2, 3, 2, 3)), np.full((2, 3, 2), 0.7), 0.8)
    assert white.max() <= 1.0 + 1e-12, f"a foggy pixel reached {white.max():.3f} (above 1)"


def test_synthesize_fog_varies_the_layers():
    """Each picture draws its own layer from the library (rng.integers(0, k, size=m)); using
    fog[0] for everything makes every synthetic picture carry the same fog."""
    images = np.zeros((6, 1, 1, 3))
    fog = np.arange(1, 7, dtype=float).reshape(6, 1, 1) / 10
    foggy = quietly(sub.synthesize_fog, images, fog, density=1.0, seed=5)
    pick = np.random.default_rng(5).integers(0, 6, size=6)
    expect(foggy[:, 0, 0, 0], fog[pick, 0, 0] * sub.FOG_COLOUR[0],
           "the red channel of 6 black pictures fogged with layers 0.1 ... 0.6")


def test_synthesize_fog_leaves_the_images_alone():
    """Return a NEW array: the clear pictures must stay clear (no images *= ... in place)."""
    images, fog = random_pictures(7, 3, 2, 5, 2)
    before = images.copy()
    quietly(sub.synthesize_fog, images, fog, 0.5)
    expect(images, before, "images after synthesize_fog")


def test_synthesize_fog_warning_rule():
    """Warn (warnings.warn) exactly when m > max_reuse * k: 11 pictures on 2 layers with
    max_reuse=5 is too much reuse; 10 is not."""
    fog = np.random.default_rng(1).random((2, 2, 3))
    for m, should_warn in ((11, True), (10, False), (1000, True), (3, False)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            sub.synthesize_fog(np.zeros((m, 2, 3, 3)), fog, 0.5, max_reuse=5)
        expect(len(caught) > 0, should_warn, f"warned for {m} pictures, 2 layers, max_reuse=5")


# --------------------------------------------------------------------------- transfer_plan

PLAN_CASES = [
    # source input, source examples, target input, target examples, expected
    ("front camera", 1_000_000, "front camera", 2_000, "retrain the last layer"),
    ("front camera", 1_000_000, "front camera", 60_000, "fine-tune all layers"),
    ("front camera", 1_000_000, "front camera", 200_000, "train from scratch"),
    ("front camera", 100_000, "front camera", 10_000, "fine-tune all layers"),   # exactly 10x
    ("front camera", 99_999, "front camera", 10_000, "train from scratch"),
    ("front camera", 5_000_000, "microphone", 1_000, "train from scratch"),
    ("radar", 30_000, "radar", 3_000, "retrain the last layer"),
    ("front camera", 50_000, "front camera", 10_000, "train from scratch"),
]


@pytest.mark.parametrize("s_input, s_examples, t_input, t_examples, expected", PLAN_CASES)
def test_transfer_plan_table(s_input, s_examples, t_input, t_examples, expected):
    """Same kind of input AND at least factor times more source examples, else from scratch;
    then fewer than `small` target examples: last layer only; otherwise fine-tune."""
    source = {"input": s_input, "examples": s_examples}
    target = {"input": t_input, "examples": t_examples}
    expect(sub.transfer_plan(source, target), expected, f"transfer_plan({source}, {target})")


@pytest.mark.parametrize("seed", SEEDS)
def test_transfer_plan_random(seed):
    """The same three questions with other factor and small arguments: use the arguments."""
    rng = np.random.default_rng(seed)
    for _ in range(40):
        source = {"input": str(rng.choice(["camera", "lidar"])),
                  "examples": int(10 ** rng.uniform(3, 7))}
        target = {"input": str(rng.choice(["camera", "camera", "lidar"])),
                  "examples": int(10 ** rng.uniform(2, 6))}
        factor, small = int(rng.choice([2, 10, 100])), int(rng.choice([1_000, 10_000]))
        expected = reference().transfer_plan(dict(source), dict(target), factor, small)
        expect(sub.transfer_plan(source, target, factor, small), expected,
               f"transfer_plan({source}, {target}, {factor}, {small})")


# --------------------------------------------------------------------------- choose_pipeline

def random_designs(seed):
    rng = np.random.default_rng(seed)
    designs = {}
    for d in range(int(rng.integers(2, 6))):
        stages = []
        for s in range(int(rng.integers(1, 5))):
            needed = 0 if rng.random() < 0.2 else int(10 ** rng.uniform(3, 6))
            available = int(needed * rng.uniform(0.5, 3)) if needed else 0
            stages.append((f"stage {s}", available, needed))
        designs[f"design {d}"] = stages
    return designs


@pytest.mark.parametrize("seed", [*SEEDS, 5, 8, 13, 21, 34])
def test_choose_pipeline_random(seed):
    """Feasible = EVERY stage has available >= needed; among feasible designs the fewest
    stages wins, the first one on a tie; None when nothing is feasible."""
    designs = random_designs(seed)
    expected = reference().choose_pipeline(copy.deepcopy(designs))
    expect(sub.choose_pipeline(designs), expected, f"choose_pipeline({designs})")


def test_choose_pipeline_every_stage_counts():
    """A pipeline whose LAST stage lacks data is not feasible, however good its first stage."""
    designs = {"three steps": [("detect", 900_000, 100_000), ("plan", 0, 0),
                               ("learn to steer", 1_000, 50_000)],
               "two steps": [("detect", 900_000, 100_000), ("steer", 400_000, 300_000)]}
    expect(sub.choose_pipeline(designs), "two steps", "choose_pipeline(designs)")


def test_choose_pipeline_data_before_simplicity():
    """End-to-end is preferred only when it has the data it needs: simplicity does not excuse
    a shortage."""
    designs = {"end-to-end": [("x -> y", 5_000, 1_000_000)],
               "pipeline": [("x -> parts", 2_000_000, 100_000), ("parts -> y", 0, 0)]}
    expect(sub.choose_pipeline(designs), "pipeline", "choose_pipeline(designs)")


def test_choose_pipeline_simplest_feasible():
    """When several designs are feasible, the one with the FEWEST stages wins (more data is no
    reason to pick a longer pipeline); on a tie, the first."""
    designs = {"long": [("a", 9_000_000, 10), ("b", 9_000_000, 10), ("c", 9_000_000, 10)],
               "short": [("a", 20_000, 10_000), ("b", 0, 0)],
               "also short": [("a", 50_000, 10_000), ("b", 0, 0)]}
    expect(sub.choose_pipeline(designs), "short", "choose_pipeline(designs)")


def test_choose_pipeline_nothing_feasible():
    """Exactly enough is enough (>=); if no design has enough data anywhere, return None."""
    expect(sub.choose_pipeline({"only": [("a", 100, 100)]}), "only",
           "choose_pipeline (exactly enough data)")
    expect(sub.choose_pipeline({"a": [("x", 1, 2)], "b": [("y", 3, 4), ("z", 0, 0)]}), None,
           "choose_pipeline (nothing feasible)")
