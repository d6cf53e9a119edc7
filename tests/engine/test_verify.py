"""verify proves a lesson sound, and catches an unsound one."""

from __future__ import annotations

import shutil

from engine.api import Engine
from engine.verify import verify_lesson
from lessons.catalog import Catalog, load_lesson, load_syllabus
from tests.conftest import FIXTURE_LESSONS


def test_fixture_lesson_verifies(fixture_engine: Engine) -> None:
    findings = verify_lesson(fixture_engine, fixture_engine.catalog.lessons[0])
    assert all(f.ok for f in findings), findings
    assert {f.subject for f in findings} >= {"solution", "stub", "format", "wrong:triple.py"}


def test_a_wrong_variant_that_passes_is_caught(tmp_path, workspace) -> None:
    root = tmp_path / "lessons"
    shutil.copytree(FIXTURE_LESSONS, root)
    folder = root / "c1" / "w2" / "doubling"
    (folder / "wrong" / "triple.py").write_text("def double(x):\n    return x + x\n")
    lesson = load_lesson(folder, root)
    engine = Engine(workspace, Catalog([lesson], load_syllabus()))
    bad = [f for f in verify_lesson(engine, lesson) if not f.ok]
    assert [f.subject for f in bad] == ["wrong:triple.py"]
    assert "PASSES the hidden tests" in bad[0].detail


def test_a_stub_that_does_not_compile_is_caught(tmp_path, workspace) -> None:
    root = tmp_path / "lessons"
    shutil.copytree(FIXTURE_LESSONS, root)
    folder = root / "c1" / "w2" / "doubling"
    (folder / "solution.py").write_text(
        "def double(x):\n    if True:\n        # YOUR CODE STARTS HERE\n        y = 2 * x\n"
        "        # YOUR CODE ENDS HERE\n    return y\n")
    lesson = load_lesson(folder, root)
    engine = Engine(workspace, Catalog([lesson], load_syllabus()))
    stub = next(f for f in verify_lesson(engine, lesson) if f.subject == "stub")
    assert not stub.ok and "the stub itself is broken" in stub.detail
