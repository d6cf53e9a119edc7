"""Helpers for driving the real app with Pilot over the fixture engine."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot

from engine.api import Engine
from engine.workspace import Workspace
from lessons.catalog import Catalog, load_lesson, load_syllabus
from tests.conftest import FIXTURE_LESSONS
from tui.app import DlsApp
from tui.screens.lesson import LessonScreen

LESSON = "c1w2.doubling"
CORRECT = "def double(x):\n    return 2 * x\n"
WRONG = "def double(x):\n    return 3 * x\n"


@pytest.fixture(scope="session")
def _warm_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One warm engine over the fixture lesson for the whole TUI suite.

    Closing a warm engine waits about 2 s for its worker to exit, so the suite shares one
    and gives every test a fresh workspace instead (see ``fixture_engine`` below).
    """
    lesson = load_lesson(FIXTURE_LESSONS / "c1" / "w2" / "doubling", FIXTURE_LESSONS)
    engine = Engine(Workspace(tmp_path_factory.mktemp("ws")),
                    Catalog([lesson], load_syllabus()), warm=True)
    yield engine
    engine.close()


@pytest.fixture
def fixture_engine(_warm_engine: Engine, tmp_path: Path) -> Engine:
    """The fixture engine (tests/conftest.py), warm and shared, on this test's own workspace."""
    _warm_engine.workspace = Workspace(tmp_path / "ws")
    return _warm_engine


@pytest.fixture
def make_app(fixture_engine: Engine) -> Callable[..., DlsApp]:
    """A DlsApp over the fixture engine; keyword arguments go to DlsApp."""

    def make(**kwargs: object) -> DlsApp:
        kwargs.setdefault("watch_interval", 0.1)
        kwargs.setdefault("autosave_delay", 0.05)
        return DlsApp(fixture_engine, **kwargs)  # type: ignore[arg-type]

    return make


def learner_file(engine: Engine) -> Path:
    return engine.workspace.file_for(engine.lesson(LESSON))


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 10.0,
                   what: str = "condition") -> None:
    """Let the app run until ``condition()`` holds; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


async def open_lesson(pilot: Pilot) -> LessonScreen:
    app = pilot.app
    assert isinstance(app, DlsApp)
    app.open_lesson(LESSON)
    await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen), what="lesson screen")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, LessonScreen)
    return screen


def rendered_text(renderable: object, width: int = 140) -> str:
    """A Rich renderable as plain text (tables, diffs), as a wide terminal would print it."""
    console = Console(width=width, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def run(coro: object) -> None:
    """Run one async scenario (the suite has no asyncio plugin; nor does it need one)."""
    asyncio.run(coro)  # type: ignore[arg-type]
