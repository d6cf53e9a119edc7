"""The hint ladder, the gate on solutions, and resets that never lose work."""

from __future__ import annotations

import pytest

from engine.api import Engine, EngineError


def test_hint_ladder_climbs_and_stops_at_the_top(fixture_engine: Engine) -> None:
    rungs = [fixture_engine.hint("c1w2.doubling") for _ in range(4)]
    assert [h.rung for h in rungs] == [1, 2, 3, 3]
    assert rungs[0].text == "Multiply by two." and rungs[0].rungs == 3


def test_solution_is_gated(fixture_engine: Engine) -> None:
    with pytest.raises(EngineError, match="opens once your file passes"):
        fixture_engine.solution("c1w2.doubling")
    with pytest.raises(EngineError, match="needs all 3 hints"):
        fixture_engine.solution("c1w2.doubling", give_up=True)
    for _ in range(3):
        fixture_engine.hint("c1w2.doubling")
    diff = fixture_engine.solution("c1w2.doubling", give_up=True)
    assert "+    y = 2 * x" in diff and "# stub:" not in diff
    assert fixture_engine.progress().of("c1w2.doubling").gave_up == ["double"]


def test_solution_after_pass(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    fixture_engine.workspace.ensure_file(lesson).write_text(lesson.solution_path.read_text())
    assert fixture_engine.check(lesson.id).passed
    assert "identical" in fixture_engine.solution(lesson.id) or "---" in fixture_engine.solution(
        lesson.id)


def test_reset_restores_stub_and_keeps_backup(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    path = fixture_engine.open_lesson(lesson.id)
    stub = path.read_text()
    assert "# stub:" not in stub and "y = None" in stub and "(≈ 1 line)" in stub
    path.write_text("my precious work\n")
    backup = fixture_engine.reset(lesson.id)
    assert backup is not None and backup.read_text() == "my precious work\n"
    assert path.read_text() == stub


def test_unknown_lesson_is_a_usage_error(fixture_engine: Engine) -> None:
    with pytest.raises(EngineError, match="no lesson"):
        fixture_engine.check("c9w9.nothing")
