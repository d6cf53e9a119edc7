"""The editor and the file on disk: autosave, watch mode, and highlighting really loaded."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable

from engine.api import Engine
from engine.workspace import atomic_write_text
from tests.tui.conftest import CORRECT, WRONG, learner_file, open_lesson, run, wait_for
from tui.app import DlsApp
from tui.files import Autosaver, FileWatch


def test_edits_autosave_atomically(make_app: Callable[..., DlsApp],
                                   fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            path = learner_file(fixture_engine)
            await pilot.press("f7", *"# mine", "enter")
            await wait_for(pilot, lambda: path.read_text() == "# mine\n", what="autosave")
            leftovers = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
            assert not leftovers
            assert screen.results.state == "empty"  # saving alone does not check

    run(scenario())


def test_watch_mode_reloads_and_rechecks(make_app: Callable[..., DlsApp],
                                         fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            path = learner_file(fixture_engine)
            atomic_write_text(path, WRONG)  # the learner's own editor saves
            await wait_for(pilot, lambda: screen.editor.text == WRONG, what="reload")
            await wait_for(pilot, lambda: screen.results.state == "report", what="recheck")
            assert not screen.results.report.passed
            path.write_text(CORRECT)  # an in-place write is seen too
            await wait_for(pilot, lambda: screen.results.report is not None
                           and screen.results.report.passed, what="second recheck")
            assert "PASSED" in screen.results.summary_text()

    run(scenario())


def test_highlighting_is_really_loaded(make_app: Callable[..., DlsApp]) -> None:
    """Without tree-sitter-python TextArea silently shows plain text: prove it loaded."""
    assert importlib.util.find_spec("tree_sitter_python") is not None

    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            editor = screen.editor
            assert editor.language == "python"
            assert editor.highlighting and editor._highlight_query is not None
            assert editor.document.__class__.__name__ == "SyntaxAwareDocument"
            assert editor.theme == "monokai"
            await pilot.press("ctrl+l")  # light theme: the editor follows
            assert not app.current_theme.dark and editor.theme == "github_light"

    run(scenario())


def test_autosaver_skips_repeats_and_knows_its_own_writes(tmp_path) -> None:
    path = tmp_path / "f.py"
    writes: list[str] = []

    def write(text: str) -> None:
        writes.append(text)
        atomic_write_text(path, text)

    saver = Autosaver(write, "a")
    assert not saver.save("a")
    assert saver.save("b") and saver.is_ours("b") and not saver.is_ours("c")
    assert writes == ["b"]
    watch = FileWatch(path)
    assert watch.poll() is None
    time.sleep(0.01)
    atomic_write_text(path, "c")
    assert watch.poll() == "c" and watch.poll() is None
