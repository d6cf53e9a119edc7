"""Saved runs are untrusted data: damaged, future or malicious runs never crash the app and
never run anything, whether they are listed, opened, replayed or compared."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from textual.pilot import Pilot

from engine.api import Engine
from tests.tui.conftest import rendered_text, run, wait_for
from tests.tui.saved_runs import curve, write_run
from tui.app import DlsApp
from tui.screens.compare import CompareScreen
from tui.screens.replay import ReplayScreen
from tui.screens.runs import RunsScreen
from tui.training.heatmap import HeatmapView
from tui.training.images import ImageGrid

GOOD = "20250131-140500-c1w2.doubling-aaaa"
EVIL = "20250131-150000-c1w2.doubling-e111"


async def runs_screen(pilot: Pilot) -> RunsScreen:
    await pilot.pause()
    await pilot.press("f9")
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, RunsScreen) and app.screen.loaded,
                   what="the runs screen")
    return app.screen  # type: ignore[return-value]


async def replay_row(pilot: Pilot, screen: RunsScreen, run_id: str) -> ReplayScreen:
    screen.table.move_cursor(row=screen.table.get_row_index(run_id))
    await pilot.press("enter")
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen), what="the replay")
    return app.screen  # type: ignore[return-value]


def detail(screen: RunsScreen) -> str:
    return str(screen.query_one("#runs-detail").render())


# --- damaged and future runs ------------------------------------------------------------------
def test_a_run_cut_short_opens_up_to_its_last_whole_event(make_app: Callable[..., DlsApp],
                                                          fixture_engine: Engine) -> None:
    folder = write_run(fixture_engine.workspace.runs_dir, GOOD, costs=curve(20, 0.1))
    events = folder / "events.jsonl"
    data = events.read_bytes()
    last_metric = data.rindex(b'"type":"metric"')  # cut in the middle of the last metric line
    events.write_bytes(data[:last_metric + 10])

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await runs_screen(pilot)
            cells = [str(getattr(c, "plain", c)) for c in screen.table.get_row_at(0)]
            assert cells[3] == "… incomplete ⚠1"
            assert "cut short (the run was interrupted); skipped" in detail(screen)
            replay = await replay_row(pilot, screen, GOOD)
            assert "cut short" in str(replay.query_one("#replay-warnings").render())
            assert any("cut short" in n.message for n in app._notifications)
            await pilot.press("end")
            assert replay.view.series["cost"].seen == 20  # the last whole cost event
            assert replay.view.series["accuracy"].seen == 19  # its line was the one cut
            assert replay.view.status == "running"  # no done event: still "running"

    run(scenario())


def test_unknown_event_types_are_skipped_with_a_note(make_app: Callable[..., DlsApp],
                                                     fixture_engine: Engine) -> None:
    future = [{"v": 1, "type": "hologram", "t": 0.5, "frames": [1, 2]} for _ in range(2)]
    write_run(fixture_engine.workspace.runs_dir, GOOD, extra=future)

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await runs_screen(pilot)
            assert "skipped 2 event(s) of unknown type 'hologram'" in detail(screen)
            replay = await replay_row(pilot, screen, GOOD)
            assert "hologram" in str(replay.query_one("#replay-warnings").render())
            await pilot.press("end")
            assert replay.view.status == "completed"

    run(scenario())


def test_a_run_from_a_newer_schema_is_refused_clearly(make_app: Callable[..., DlsApp],
                                                      fixture_engine: Engine) -> None:
    runs = fixture_engine.workspace.runs_dir
    write_run(runs, GOOD)
    newer = write_run(runs, EVIL, extra=[{"v": 2, "type": "metric", "t": 1, "step": 21,
                                          "name": "cost", "value": 0.1}])

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await runs_screen(pilot)
            assert [s.run_id for s in screen.summaries] == [GOOD]  # the other is listed
            problems = str(screen.query_one("#runs-problems").render())
            assert newer.name in problems
            assert "newer than this dls-tui understands" in problems
            assert "upgrade dls-tui" in problems
            assert screen.query_one("#runs-problems").display

    run(scenario())


# --- a malicious run --------------------------------------------------------------------------
class Payload:
    """Unpickling this runs code: it would create the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (exec, (f"open({str(self.marker)!r}, 'w').write('pwned')",))


def write_malicious_run(runs_dir: Path, marker: Path) -> Path:
    """Every trick at once: code that writes the marker, code-like strings, markup and
    terminal escapes, a pickled object array, paths out of the run folder, wrong types, and a
    huge garbage line."""
    attack = f"__import__('os').system('touch {marker}')"
    folder = write_run(
        runs_dir, EVIL, params={"learning_rate": attack, "[bold red]x[/]": "[link=x]y[/link]"},
        title="[red]unclosed markup [/", costs=curve(10, 0.3),
        code=f"import pathlib\npathlib.Path({str(marker)!r}).write_text('pwned')\n",
        extra=[
            {"v": 1, "type": "text", "t": 1, "channel": "[/]", "text": attack + "\x1b[2J\x07"},
            {"v": 1, "type": "log", "t": 1, "message": "{{7*7}} ${jndi:ldap://x} %s %n"},
            {"v": 1, "type": "metric", "t": 1, "step": 11, "name": "exploit", "value": attack},
            {"v": 1, "type": "metric", "t": 1, "step": "eval('1')", "name": "cost",
             "value": 1.0},
            {"v": 1, "type": "heatmap", "t": 1, "name": "pickled", "values": {
                "npy": "arrays/pickled.npy"}, "rows": ["a"], "cols": ["b"]},
            {"v": 1, "type": "heatmap", "t": 1, "name": "wrong types", "values": {"a": 1},
             "rows": 5, "cols": None},
            {"v": 1, "type": "image", "t": 1, "name": "escape", "images": {
                "npy": "../outside.npy"}, "captions": [attack]},
            {"v": 1, "type": "boundary", "t": 1, "name": "escape too", "grid": {
                "npy": "/etc/passwd"}, "x_range": [0, 1], "y_range": [0, 1]},
            {"v": 1, "type": "audio", "t": 1, "name": "sound", "path": "../../x.wav",
             "rate": attack},
            {"v": 1, "type": "error", "t": 1, "message": attack, "where": 7},
            {"v": 1, "type": "progress", "t": 1, "step": attack, "total": {"x": 1}},
        ])
    (folder / "arrays").mkdir()
    np.save(folder / "arrays" / "pickled.npy", np.array([Payload(marker)], dtype=object),
            allow_pickle=True)
    np.save(runs_dir / "outside.npy", np.zeros((2, 4, 4)))  # real, but outside the run
    with open(folder / "events.jsonl", "ab") as handle:
        handle.write(b"\x00\xff{garbage" * 200_000 + b"\n")  # a 2 MB line that is not JSON
        done = {"v": 1, "type": "done", "t": None, "status": "completed",
                "summary": attack, "ended_at": "2025-01-31T15:00:00"}
        handle.write(json.dumps(done).encode() + b"\n")
    return folder


def test_a_malicious_run_runs_nothing_and_breaks_nothing(
        make_app: Callable[..., DlsApp], fixture_engine: Engine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "MARKER"
    runs = fixture_engine.workspace.runs_dir
    write_run(runs, GOOD, params={"learning_rate": 0.01})
    evil = write_malicious_run(runs, marker)
    deep = write_run(runs, "20250131-160000-c1w2.doubling-dddd")
    with open(deep / "events.jsonl", "a") as handle:
        handle.write("[" * 200_000 + "\n")  # deeper than any JSON parser recurses
    with pytest.raises(ValueError, match="allow_pickle"):  # the file really is a pickle
        np.load(evil / "arrays" / "pickled.npy")
    proof = tmp_path / "proof.npy"  # and such a pickle, once loaded, does run code:
    np.save(proof, np.array([Payload(tmp_path / "PROOF")], dtype=object), allow_pickle=True)
    np.load(proof, allow_pickle=True)
    assert (tmp_path / "PROOF").exists()
    monkeypatch.setattr("engine.export.to_tensorboard", lambda folder, logdir: None)

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await runs_screen(pilot)
            # listed: the evil run with its oddities as plain text; the deep one too, its
            # over-nested line skipped with a note
            assert {s.run_id for s in screen.summaries} == {GOOD, EVIL, deep.name}
            deep_summary = next(s for s in screen.summaries if s.run_id == deep.name)
            assert any("not JSON" in w for w in deep_summary.warnings)
            screen.table.move_cursor(row=screen.table.get_row_index(EVIL))
            await pilot.pause()
            assert "[red]unclosed markup [/" in detail(screen)
            assert "skipped" in detail(screen)  # the garbage line is named
            # opened and replayed, to the end and by playing
            replay = await replay_row(pilot, screen, EVIL)
            await pilot.press("end")
            await pilot.pause()
            view = replay.view
            assert view.status == "completed" and view.summary == {}
            assert view.series["cost"].seen == 10 and "exploit" not in view.series
            heatmaps = {w.event["name"]: "\n".join(
                line.plain for line in w.lines_for(80, 0)) for w in replay.panel.query(
                    HeatmapView)}
            assert "allow_pickle" in heatmaps["pickled"]
            assert "cannot" in heatmaps["wrong types"]
            images = "\n".join(line.plain for w in replay.panel.query(ImageGrid)
                               for line in w.lines_for(80, 0))
            assert "leaves the run folder" in images
            await pilot.press("home", "plus", "plus", "plus", "plus", "space")
            await wait_for(pilot, lambda: replay.cursor.finished, what="play to the end")
            await pilot.press("s", "g")
            await pilot.press("escape", "escape")
            await wait_for(pilot, lambda: app.screen is screen, what="back to the runs")
            # compared with a good run, and exported
            await pilot.press("space", "space", "c")
            await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen),
                           what="compare")
            compare = app.screen
            assert isinstance(compare, CompareScreen)
            for _ in range(3):
                await pilot.press("f4")
                await pilot.pause()
            assert "+pathlib.Path(" in rendered_text(compare.code_diffs())  # shown, not run
            await pilot.press("escape", "e")
            exports = fixture_engine.workspace.root / "exports"
            await wait_for(pilot, lambda: any(exports.glob("*.csv")), what="the export")
            await pilot.pause(0.2)
        assert app.return_code in (None, 0)

    run(scenario())
    assert not marker.exists()
