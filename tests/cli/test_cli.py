"""The `dls-tui` command as a user runs it: exit codes, JSON, and the workspace it uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LESSON = "c1w2.a.python-basics-with-numpy"
SOLUTION = (Path(__file__).resolve().parents[2] / "lessons" / "c1" / "w2"
            / "python_basics_with_numpy" / "solution.py")


def dls(workspace: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DLS_WORKSPACE": str(workspace), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return tmp_path / "ws"


def test_list_json_has_the_documented_fields(ws) -> None:
    result = dls(ws, "list", "--json")
    assert result.returncode == 0, result.stderr
    lessons = json.loads(result.stdout)
    first = next(item for item in lessons if item["id"] == LESSON)
    assert {"id", "title", "course", "week", "kind", "covers", "status"} <= set(first)
    assert first["course"] == "c1" and first["week"] == "c1w2" and first["status"] == "not-started"


def test_check_exit_codes(ws) -> None:
    failing = dls(ws, "check", LESSON, "--json")
    assert failing.returncode == 1
    data = json.loads(failing.stdout)
    assert data["passed"] is False
    assert {"tier", "name", "status", "message"} <= set(data["tests"][0])
    assert (ws / "exercises" / "c1" / "w2" / "python_basics_with_numpy.py").is_file()
    passing = dls(ws, "check", LESSON, "--file", str(SOLUTION))
    assert passing.returncode == 0 and "hidden 28/28" in passing.stdout
    assert dls(ws, "check", "c9w9.none").returncode == 2
    assert dls(ws, "check", LESSON, "--file", str(ws / "missing.py")).returncode == 2


def test_hint_solution_reset_flow(ws) -> None:
    hint = dls(ws, "hint", LESSON, "softmax")
    assert hint.returncode == 0 and "softmax hint 1/4" in hint.stdout
    assert dls(ws, "solution", LESSON).returncode == 2
    mine = ws / "exercises" / "c1" / "w2" / "python_basics_with_numpy.py"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text(SOLUTION.read_text())
    assert dls(ws, "check", LESSON).returncode == 0
    assert dls(ws, "solution", LESSON).returncode == 0
    reset = dls(ws, "reset", LESSON)
    assert reset.returncode == 0 and "previous file" in reset.stdout
    assert list((ws / "backups").rglob("*.py"))


def test_corrupt_progress_warns_and_keeps_going(ws) -> None:
    ws.mkdir(parents=True)
    (ws / "progress.json").write_text("garbage")
    result = dls(ws, "list")
    assert result.returncode == 0
    assert "could not be read" in result.stderr


def test_malformed_lesson_exits_2_with_file_and_field(tmp_path) -> None:
    import shutil

    from tests.conftest import FIXTURE_LESSONS

    root = tmp_path / "lessons"
    shutil.copytree(FIXTURE_LESSONS, root)
    toml = root / "c1" / "w2" / "doubling" / "lesson.toml"
    toml.write_text(toml.read_text().replace('kind = "topic"', 'kind = "lecture"'))
    env = {**os.environ, "DLS_WORKSPACE": str(tmp_path / "ws"), "DLS_LESSONS": str(root)}
    result = subprocess.run([sys.executable, "-m", "tui.cli", "list"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert str(toml) in result.stderr.replace("\n", "") and "'kind'" in result.stderr
