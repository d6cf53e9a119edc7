"""The assignments' training steps, run with the reference solutions, reach the figures the
lessons promise. Slow: `pytest -m slow`."""

from __future__ import annotations

import pytest

from engine.api import Engine
from engine.runs import read_run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine(tmp_path_factory, catalog):
    from engine.workspace import Workspace

    engine = Engine(Workspace(tmp_path_factory.mktemp("ws")), catalog, warm=True)
    yield engine
    engine.close()


def _train(engine: Engine, lesson_id: str, **overrides: str):
    lesson = engine.catalog.get(lesson_id)
    result = engine.train(lesson_id, file=lesson.solution_path, overrides=overrides)
    assert result.status == "completed", result.error
    return result, read_run(result.folder)


def test_logistic_regression_learns_and_shows_images(engine: Engine) -> None:
    result, run = _train(engine, "c1w2.a.logistic-regression")
    costs = [value for _step, value in run.metrics("cost")]
    assert costs[0] == pytest.approx(0.693147, abs=1e-5) and costs[-1] < 0.2
    assert result.summary["train_accuracy"] > 90 and result.summary["test_accuracy"] > 75
    assert any(e["type"] == "image" for e in run.events)


def test_planar_network_beats_the_linear_baseline(engine: Engine) -> None:
    result, run = _train(engine, "c1w3.a.planar-data-classification", frame_delay="0")
    assert result.summary["accuracy"] >= 85
    assert result.summary["baseline_accuracy"] < 60
    names = {e["name"] for e in run.events if e["type"] == "boundary"}
    assert {"logistic regression", "hidden layer size 4"} <= names


def test_four_layers_beat_two_on_the_test_set(engine: Engine) -> None:
    result, run = _train(engine, "c1w4.a.deep-network-application")
    summary = result.summary
    assert summary["4-layer test accuracy (%)"] > summary["2-layer test accuracy (%)"], summary
    assert any(e["type"] == "image" for e in run.events)


def test_tensorflow_introduction_trains(engine: Engine) -> None:
    result, _run = _train(engine, "c2w3.a.tensorflow-introduction", num_epochs="10")
    assert result.summary["test_accuracy"] > 50


def test_he_initialization_beats_zeros_and_large_random(engine: Engine) -> None:
    result, run = _train(engine, "c2w1.a.initialization")
    assert result.summary["he"]["test_accuracy"] > result.summary["zeros"]["test_accuracy"]
    names = {e["name"] for e in run.events if e["type"] == "metric"}
    assert {"cost zeros", "cost random", "cost he"} <= names
    zeros = run.metrics("cost zeros")
    assert abs(zeros[-1][1] - 0.6931) < 1e-3  # stuck: symmetry is never broken
    he, random = run.metrics("cost he")[-1][1], run.metrics("cost random")[-1][1]
    assert he < random < zeros[-1][1]


def test_regularization_narrows_the_train_test_gap(engine: Engine) -> None:
    result, _run = _train(engine, "c2w1.a.regularization")
    s = result.summary
    gap = {mode: s[mode]["train_accuracy"] - s[mode]["test_accuracy"]
           for mode in ("none", "l2", "dropout")}
    assert gap["l2"] < gap["none"] and gap["dropout"] < gap["none"], s
    assert s["l2"]["test_accuracy"] > s["none"]["test_accuracy"], s


def test_adam_beats_plain_gradient_descent(engine: Engine) -> None:
    result, _run = _train(engine, "c2w2.a.optimization-methods")
    accuracy = result.summary["accuracy"]
    assert accuracy["adam"] > accuracy["gd"] + 10, result.summary
