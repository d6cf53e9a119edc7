"""TensorFlow exercises: warm checks, and the memory cap holds for TF allocations too."""

from __future__ import annotations

import pytest

from engine.api import Engine
from lessons.catalog import Catalog, load_lesson, load_syllabus
from tests.conftest import FIXTURE_LESSONS


@pytest.fixture(scope="module")
def tf_engine(tmp_path_factory):
    from engine.workspace import Workspace

    lesson = load_lesson(FIXTURE_LESSONS / "c2" / "w3" / "tf_sigmoid", FIXTURE_LESSONS)
    engine = Engine(Workspace(tmp_path_factory.mktemp("ws")),
                    Catalog([lesson], load_syllabus()), warm=True)
    yield engine
    engine.close()


def test_tensorflow_solution_passes_and_numpy_answer_fails(tf_engine: Engine) -> None:
    lesson = tf_engine.catalog.lessons[0]
    assert tf_engine.check_source(lesson, lesson.solution_path.read_text()).passed
    numpy_answer = (lesson.folder / "wrong" / "numpy.py").read_text()
    report = tf_engine.check_source(lesson, numpy_answer)
    assert "expected a TensorFlow tensor" in report.tests[0].message


def test_tensorflow_memory_bomb_is_contained(tf_engine: Engine) -> None:
    lesson = tf_engine.catalog.lessons[0]
    bomb = ("import tensorflow as tf\n\ndef sigmoid(z):\n"
            "    big = tf.ones((60000, 60000))\n    return tf.math.sigmoid(big)\n")
    report = tf_engine.check_source(lesson, bomb)
    assert not report.passed
    text = " ".join(t.message for t in report.tests) + (report.problem or "")
    assert "memory" in text.lower() or "OOM" in text or "ResourceExhausted" in text, text
    assert tf_engine.check_source(lesson, lesson.solution_path.read_text()).passed
