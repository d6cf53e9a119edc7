"""The compare screen: curves overlaid by step, hyperparameters side by side, code diffs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import TabbedContent

from engine.api import Engine
from engine.compare import compare
from engine.runs import read_run
from tests.tui.conftest import rendered_text, run
from tests.tui.saved_runs import CODE, curve, write_run
from tui.app import DlsApp
from tui.screens.compare import CompareScreen
from tui.training.overlay import overlay_series, run_labels

OTHER_CODE = "def double(x):\n    return x + x\n"


@pytest.fixture
def two_runs(fixture_engine: Engine) -> list[Path]:
    runs = fixture_engine.workspace.runs_dir
    return [write_run(runs, "20250131-140500-c1w2.doubling-aaaa", costs=curve(20, 0.05),
                      params={"learning_rate": 0.01, "steps": 40}),
            write_run(runs, "20250131-150000-c1w2.doubling-bbbb", costs=curve(30, 0.2),
                      params={"learning_rate": 0.1, "steps": 40}, code=OTHER_CODE,
                      started_at="2025-01-31T15:00:00")]


def test_overlay_series_are_aligned_by_step(two_runs: list[Path]) -> None:
    comparison = compare([read_run(f) for f in two_runs])
    assert run_labels(comparison) == ["A learning_rate=0.01", "B learning_rate=0.1"]
    a, b = overlay_series(comparison, "cost")
    assert a.points() == [(float(s), c) for s, c in enumerate(curve(20, 0.05), start=1)]
    assert b.seen == 30 and b.points()[-1] == (30.0, curve(30, 0.2)[-1])


def test_curves_params_and_code(make_app: Callable[..., DlsApp], two_runs: list[Path]) -> None:
    comparison = compare([read_run(f) for f in two_runs])

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 40)) as pilot:
            screen = CompareScreen(comparison)
            await app.push_screen(screen)
            await pilot.pause()
            charts = screen.charts
            assert [c.title for c in charts] == ["accuracy", "cost"]
            cost = charts[1]
            assert [s.name for s in cost._series] == ["A learning_rate=0.01",
                                                      "B learning_rate=0.1"]
            lines = [line.plain for line in cost.build_lines(90, 14)]
            legend, plot = lines[0], "\n".join(lines[1:])
            assert "● A learning_rate=0.01" in legend and "◆ B learning_rate=0.1" in legend
            # each run's marker repeats along its curve: told apart without colour
            assert plot.count("●") >= 3 and plot.count("◆") >= 3
            assert lines[-1].split()[-1] == "30"  # one step axis for both runs
            await pilot.press("s")
            assert all(c.smoothing == 0.6 for c in screen.charts)
            assert "smoothing 0.6" in cost.build_lines(90, 14)[0].plain

            tabs = screen.query_one("#compare-tabs", TabbedContent)
            await pilot.press("f4")
            assert tabs.active == "tab-params"
            params = rendered_text(screen.params_table())
            assert "≠ learning_rate" in params and "≠ delay" not in params
            assert "  delay" in params
            assert "0.01" in params and "0.1" in params
            assert "(best" in params and "@ 20" in params
            await pilot.press("f4")
            assert tabs.active == "tab-code"
            code = rendered_text(screen.code_diffs())
            assert "code: A → B" in code
            assert "-    return 2 * x" in code and "+    return x + x" in code
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is not screen

    run(scenario())


def test_identical_code_says_so(make_app: Callable[..., DlsApp], fixture_engine: Engine) -> None:
    runs = fixture_engine.workspace.runs_dir
    folders = [write_run(runs, f"20250131-14050{i}-c1w2.doubling-aaa{i}", code=CODE)
               for i in range(3)]
    comparison = compare([read_run(f) for f in folders])

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = CompareScreen(comparison)
            await app.push_screen(screen)
            await pilot.pause()
            assert run_labels(comparison) == ["A", "B", "C"]
            code = rendered_text(screen.code_diffs())
            assert code.count("identical code") == 2

    run(scenario())
