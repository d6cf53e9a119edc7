"""The workspace never loses the learner's work."""

from __future__ import annotations

import json

from engine.workspace import Workspace, atomic_write_text, default_root


def test_default_root_honours_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("DLS_WORKSPACE", str(tmp_path / "mine"))
    assert default_root() == tmp_path / "mine"
    monkeypatch.delenv("DLS_WORKSPACE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_root() == tmp_path / "xdg" / "dls-tui"


def test_workspace_is_created_on_first_use(tmp_path) -> None:
    ws = Workspace(tmp_path / "new")
    assert ws.exercises_dir.is_dir() and ws.runs_dir.is_dir() and ws.backups_dir.is_dir()


def test_atomic_write_leaves_no_temp_files(tmp_path) -> None:
    target = tmp_path / "a" / "file.txt"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]


def test_corrupt_progress_is_moved_aside_with_a_message(tmp_path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.progress_path.write_text("{ not json")
    progress = ws.load_progress()
    assert progress.lessons == {}
    assert len(ws.warnings) == 1 and "moved to" in ws.warnings[0]
    aside = list(ws.root.glob("progress.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_text() == "{ not json"
    assert not ws.progress_path.exists()


def test_progress_round_trips(tmp_path) -> None:
    ws = Workspace(tmp_path / "ws")

    def change(progress) -> None:
        entry = progress.edit("c1w2.x")
        entry.status = "passed"
        entry.hints["f"] = 2
        progress.last_lesson = "c1w2.x"

    ws.update_progress(change)
    data = json.loads(ws.progress_path.read_text())
    assert data["version"] == 1 and data["lessons"]["c1w2.x"]["hints"] == {"f": 2}
    again = ws.load_progress()
    assert again.of("c1w2.x").status == "passed" and again.last_lesson == "c1w2.x"
