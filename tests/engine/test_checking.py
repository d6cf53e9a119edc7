"""Checks: the verdict, per-test outcomes, and what the hidden tier may reveal."""

from __future__ import annotations

from engine.api import Engine

TRIPLE = "def double(x):\n    return 3 * x\n"


def test_solution_passes_both_tiers(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, lesson.solution_path.read_text())
    assert report.passed
    assert report.counts("public") == (2, 2) and report.counts("hidden") == (2, 2)
    assert report.summary() == "public 2/2 ✓ · hidden 2/2 ✓"


def test_public_failure_shows_expected_value(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, TRIPLE)
    public = next(t for t in report.tests if t.tier == "public")
    assert public.status == "failed"
    assert "got 6" in public.message and "expected 4" in public.message
    assert public.exercise == "double"


def test_hidden_failure_hides_expected_values_but_gives_hint(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, TRIPLE)
    hidden = [t for t in report.tests if t.tier == "hidden"]
    assert hidden and all(t.status == "failed" for t in hidden)
    array_test = next(t for t in hidden if t.name == "test_double_array")
    assert array_test.hint == "double must work on arrays: multiply every element by 2."
    assert "expected" not in array_test.message
    assert "expected" not in array_test.diagnosis and "expected_at" not in array_test.diagnosis
    assert array_test.diagnosis["max_abs_err"] == 4.0  # 3*4 - 2*4 at the worst index
    assert "[0. 2. 4. 6. 8.]" not in array_test.message  # the reference's answer never shows


def test_public_plain_assert_keeps_its_message(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, TRIPLE)
    plain = next(t for t in report.tests if t.name == "test_double_is_exact_for_ints")
    assert "double(21) should be exactly 42" in plain.message and "63" in plain.message
    assert report.output == ""  # pytest's own reporting never mixes into the learner's output


def test_learner_exception_points_at_their_line(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    source = "def double(x):\n    y = 2 * x\n    return y / 0 if x == 2 else y\n"
    report = fixture_engine.check_source(lesson, source)
    public = next(t for t in report.tests if t.tier == "public")
    assert "ZeroDivisionError in your code" in public.message
    assert "line 3, in double" in public.message


def test_missing_function_is_named(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, "def doubled(x):\n    return 2 * x\n")
    assert not report.passed
    assert "defines no function or name 'double'" in report.tests[0].message


def test_check_records_progress(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    path = fixture_engine.workspace.ensure_file(lesson)
    assert not fixture_engine.check(lesson.id).passed
    entry = fixture_engine.progress().of(lesson.id)
    assert entry.status == "in-progress" and entry.failing == ["double"]
    path.write_text(lesson.solution_path.read_text())
    assert fixture_engine.check(lesson.id).passed
    entry = fixture_engine.progress().of(lesson.id)
    assert entry.status == "passed" and entry.hidden == (2, 2) and entry.passed_at


def test_learner_output_is_captured(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, "print('hello there')\n"
                                         "def double(x):\n    return 2 * x\n")
    assert report.passed and "hello there" in report.output


def test_strict_type_demands_the_exact_dtype() -> None:
    import numpy as np
    import pytest

    from engine.testkit import Mismatch, expect

    images = np.zeros((2, 3), dtype=np.uint8)
    expect(images.astype(np.int64), images, "lenient")  # numbers are numbers by default
    with pytest.raises(Mismatch, match="wrong dtype: got int64, expected uint8"):
        expect(images.astype(np.int64), images, "pixels", strict_type=True)
