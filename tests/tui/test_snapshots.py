"""SVG snapshots of the screens a learner sees most (fixed size, fixture lesson only).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
With PYTEST_DISABLE_PLUGIN_AUTOLOAD=1 add ``-p syrupy -p pytest_textual_snapshot``; otherwise
these tests skip.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from engine.api import Engine
from tests.tui.conftest import CORRECT, WRONG, learner_file, open_lesson, wait_for
from tui.app import DlsApp

SIZE = (100, 30)


@pytest.fixture
def snap_compare(request: pytest.FixtureRequest):
    """pytest-textual-snapshot's fixture, or a skip when plugin autoloading is off."""
    try:
        return request.getfixturevalue("snap_compare")
    except pytest.FixtureLookupError:
        pytest.skip("pytest-textual-snapshot is not loaded (plugin autoloading is off)")


def _quiet(app: DlsApp) -> None:
    """Remove what varies between runs: toasts (they name temp paths), the cursor blink."""
    app.clear_notifications()
    screen = app.screen
    editor = getattr(screen, "editor", None)
    if editor is not None:
        editor.cursor_blink = False


def test_home_snapshot(snap_compare, make_app: Callable[..., DlsApp]) -> None:
    assert snap_compare(make_app(prewarm=False), terminal_size=SIZE)


def test_failing_check_snapshot(snap_compare, make_app: Callable[..., DlsApp],
                                fixture_engine: Engine) -> None:
    learner_file(fixture_engine).parent.mkdir(parents=True, exist_ok=True)
    learner_file(fixture_engine).write_text(WRONG)

    async def run_before(pilot: Pilot) -> None:
        screen = await open_lesson(pilot)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.results.state == "report", what="report")
        _quiet(pilot.app)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_training_panel_snapshot(snap_compare, make_app: Callable[..., DlsApp],
                                 fixture_engine: Engine) -> None:
    learner_file(fixture_engine).parent.mkdir(parents=True, exist_ok=True)
    learner_file(fixture_engine).write_text(CORRECT)

    async def run_before(pilot: Pilot) -> None:
        screen = await open_lesson(pilot)
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: screen.view.status == "completed", what="run")
        await pilot.pause()
        screen.set_focus(None)
        screen.action_zoom()  # the whole panel, as a learner watching the run would
        _quiet(pilot.app)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(100, 60), run_before=run_before)


def _saved_runs(engine: Engine) -> None:
    """Three runs with fixed ids, times and values (one of them cut short)."""
    from tests.tui.saved_runs import curve, write_run

    runs = engine.workspace.runs_dir
    write_run(runs, "20250131-140500-c1w2.doubling-aaaa", params={"learning_rate": 0.01},
              costs=curve(40, 0.03, noise=0.05))
    write_run(runs, "20250131-150000-c1w2.doubling-bbbb", params={"learning_rate": 0.1},
              costs=curve(40, 0.12, noise=0.05), started_at="2025-01-31T15:00:00",
              code="def double(x):\n    return x + x\n")
    cut = write_run(runs, "20250201-090000-c1w2.doubling-cccc", params={"learning_rate": 1.0},
                    costs=curve(10, 0.5), started_at="2025-02-01T09:00:00")
    events = cut / "events.jsonl"
    events.write_bytes(events.read_bytes()[:-40])


def test_runs_screen_snapshot(snap_compare, make_app: Callable[..., DlsApp],
                              fixture_engine: Engine) -> None:
    _saved_runs(fixture_engine)

    async def run_before(pilot: Pilot) -> None:
        from tui.screens.runs import RunsScreen

        await pilot.press("f9")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, RunsScreen)
                       and pilot.app.screen.loaded, what="runs")
        await pilot.press("down", "space", "space", "up")
        _quiet(pilot.app)
        await pilot.pause()

    assert snap_compare(make_app(prewarm=False), terminal_size=SIZE, run_before=run_before)


def test_compare_screen_snapshot(snap_compare, make_app: Callable[..., DlsApp],
                                 fixture_engine: Engine) -> None:
    _saved_runs(fixture_engine)

    async def run_before(pilot: Pilot) -> None:
        from tui.screens.compare import CompareScreen
        from tui.screens.runs import RunsScreen

        await pilot.press("f9")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, RunsScreen)
                       and pilot.app.screen.loaded, what="runs")
        await pilot.press("down", "space", "space", "c")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, CompareScreen),
                       what="compare")
        _quiet(pilot.app)
        await pilot.pause()

    assert snap_compare(make_app(prewarm=False), terminal_size=SIZE, run_before=run_before)
