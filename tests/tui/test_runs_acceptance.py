"""The saved-runs acceptance scenario on the real logistic-regression assignment: two runs with
different learning rates are listed, one replays in the app to the picture it showed live,
and both are compared with their cost curves overlaid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.api import Engine
from engine.workspace import Workspace
from lessons.catalog import Catalog
from tests.tui.conftest import rendered_text, run, wait_for
from tests.tui.test_replay_screen import panel_state, view_state
from tui.app import DlsApp
from tui.screens.compare import CompareScreen
from tui.screens.lesson import LessonScreen
from tui.screens.replay import ReplayScreen
from tui.screens.runs import RunsScreen

LESSON = "c1w2.a.logistic-regression"
SETTINGS = {"num_iterations": "600"}

pytestmark = pytest.mark.slow


@pytest.fixture
def engine(catalog: Catalog, tmp_path: Path) -> Iterator[Engine]:
    engine = Engine(Workspace(tmp_path / "ws"), catalog, warm=True)
    lesson = engine.lesson(LESSON)
    path = engine.workspace.ensure_file(lesson)
    path.write_text(lesson.solution_path.read_text(encoding="utf-8"), encoding="utf-8")
    yield engine
    engine.close()


def test_two_learning_rates_listed_replayed_and_compared(engine: Engine) -> None:
    first = engine.train(LESSON, overrides={**SETTINGS, "learning_rate": "0.001"})
    assert first.status == "completed"

    async def scenario() -> None:
        app = DlsApp(engine, train_overrides={**SETTINGS, "learning_rate": "0.005"})
        async with app.run_test(size=(100, 30)) as pilot:
            app.open_lesson(LESSON)
            await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen), what="lesson")
            lesson = app.screen
            assert isinstance(lesson, LessonScreen)
            await pilot.press("ctrl+t")
            await wait_for(pilot, lambda: lesson.view.status == "completed" and
                           not lesson.training, timeout=120, what="the live run")
            await pilot.pause()
            live, live_panel = view_state(lesson.view), panel_state(lesson.training_panel)

            await pilot.press("f9")
            await wait_for(pilot, lambda: isinstance(app.screen, RunsScreen)
                           and app.screen.table.row_count == 2, what="both runs listed")
            runs = app.screen
            assert isinstance(runs, RunsScreen)
            params = [str(runs.table.get_row_at(i)[6]) for i in range(2)]
            assert params[0].startswith("learning_rate=0.005")
            assert params[1].startswith("learning_rate=0.001")

            await pilot.press("enter")  # the newest: the run just watched live
            await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen), what="replay")
            replay = app.screen
            assert isinstance(replay, ReplayScreen)
            await pilot.press("end")
            await pilot.pause()
            assert view_state(replay.view) == live
            assert panel_state(replay.panel) == live_panel
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is runs, what="back to the runs")

            await pilot.press("space", "space", "c")
            await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen), what="compare")
            compare = app.screen
            assert isinstance(compare, CompareScreen)
            cost = next(c for c in compare.charts if c.title == "cost")
            assert [s.name for s in cost._series] == ["A learning_rate=0.001",
                                                      "B learning_rate=0.005"]
            assert all(s.seen >= 6 for s in cost._series)
            a, b = cost._series
            assert b.last[1] < a.last[1]  # the larger rate ends at a lower cost
            assert "≠ learning_rate" in rendered_text(compare.params_table())

    run(scenario())
