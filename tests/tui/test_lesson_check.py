"""Checking from the lesson screen: typing code, pass and fail, hints, solution, reset, next."""

from __future__ import annotations

from collections.abc import Callable

from engine.api import Engine
from tests.tui.conftest import CORRECT, WRONG, learner_file, open_lesson, run, wait_for
from tui.app import DlsApp
from tui.screens.confirm import ConfirmScreen
from tui.screens.diff import DiffScreen
from tui.screens.home import HomeScreen
from tui.screens.lesson import LessonScreen


async def _type_function(pilot, body: str) -> None:
    """Select everything in the editor and type a one-line function (tab indents)."""
    await pilot.press("f7")  # TextArea: select all
    await pilot.press(*"def double(x):", "enter", "tab", *body)


def _notices(app: DlsApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def test_typing_a_correct_function_passes(make_app: Callable[..., DlsApp],
                                          fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            assert screen.focused is screen.editor
            await _type_function(pilot, "return 2 * x")
            assert screen.editor.text == CORRECT.rstrip("\n")
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: screen.results.state == "report", what="report")
            summary = screen.results.summary_text()
            report = screen.results.report
            public, hidden = report.counts("public"), report.counts("hidden")
            assert public[0] == public[1] > 0 and hidden[0] == hidden[1] > 0
            assert f"public {public[0]}/{public[1]}" in summary
            assert f"hidden {hidden[0]}/{hidden[1]}" in summary and "PASSED" in summary
            assert screen.passed
            assert "Every test passes" in summary
            assert learner_file(fixture_engine).read_text() == CORRECT.rstrip("\n")
            assert fixture_engine.progress().of("c1w2.doubling").status == "passed"

    run(scenario())


def test_wrong_function_shows_failure_and_diagnosis(make_app: Callable[..., DlsApp]) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            await _type_function(pilot, "return 3 * x")
            await pilot.press("f5")
            await wait_for(pilot, lambda: screen.results.state == "report", what="report")
            results = screen.results
            summary = results.summary_text()
            assert "public 0/" in summary and "NOT YET" in summary
            first = results.report.first_failure()
            assert first is not None and first.status == "failed"
            # the first failure is highlighted and its message (the diagnosis) is shown
            assert results.tests.highlighted == results.report.tests.index(first)
            detail = str(results.query_one("#results-detail").render())
            assert first.name in detail and "double(2)" in detail
            assert "✗" in detail  # status by glyph and word, not colour alone
            assert not screen.passed

    run(scenario())


def test_checking_shows_at_once(make_app: Callable[..., DlsApp]) -> None:
    """'checking…' is set by the key's action itself, before the worker starts."""

    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            screen.action_check()
            assert "checking" in screen.results.summary_text()
            assert screen.query_one("#side").active == "tab-results"
            await wait_for(pilot, lambda: screen.results.state == "report", what="report")

    run(scenario())


def test_hints_solution_lock_and_give_up(make_app: Callable[..., DlsApp],
                                         fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            await pilot.press("f3")
            await pilot.pause()
            assert "passes the hidden tests" in _notices(app)
            assert not isinstance(app.screen, DiffScreen)
            for rung in (1, 2, 3):
                await pilot.press("f2")
                await wait_for(pilot, lambda r=rung: f"({r}/3)" in str(
                    screen.results.query_one("#results-hints").render()), what=f"hint {rung}")
            hints = str(screen.results.query_one("#results-hints").render())
            assert "Multiply by two." in hints and "last hint" in hints
            await pilot.press("f3")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="confirm")
            await pilot.press("y")
            await wait_for(pilot, lambda: isinstance(app.screen, DiffScreen), what="diff")
            assert "+    y = 2 * x" in app.screen.diff
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen, what="diff closed")
            assert fixture_engine.progress().of("c1w2.doubling").gave_up == ["double"]

    run(scenario())


def test_next_lesson_only_after_a_pass(make_app: Callable[..., DlsApp],
                                       fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            await pilot.press("ctrl+n")
            await pilot.pause()
            assert "passes its hidden tests" in _notices(app)
            assert app.screen is screen
            learner_file(fixture_engine).write_text(CORRECT)
            screen.autosaver.forget(CORRECT)
            screen.editor.load_text(CORRECT)
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: screen.passed, what="pass")
            assert app.screen is screen  # never auto-advance
            await pilot.press("f3")  # the solution opens after a pass, with no question
            await wait_for(pilot, lambda: isinstance(app.screen, DiffScreen), what="diff")
            await pilot.press("escape")
            await pilot.press("ctrl+n")
            await pilot.pause()
            assert "last lesson" in _notices(app)  # the fixture catalog has one lesson

    run(scenario())


def test_reset_asks_then_keeps_a_backup(make_app: Callable[..., DlsApp],
                                        fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            stub = screen.editor.text
            screen.editor.insert("\n    return 3 * x", screen.editor.document.end)
            await pilot.press("f8")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="confirm")
            await pilot.press("n")
            await wait_for(pilot, lambda: app.screen is screen, what="no")
            assert screen.editor.text.endswith("return 3 * x")
            await pilot.press("f8")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="confirm")
            await pilot.press("y")
            await wait_for(pilot, lambda: screen.editor.text == stub, what="stub restored")
            backups = list(fixture_engine.workspace.backups_dir.rglob("*.py"))
            assert len(backups) == 1 and backups[0].read_text().endswith("return 3 * x")
            assert str(backups[0]) in _notices(app)
            assert learner_file(fixture_engine).read_text() == stub

    run(scenario())


def test_back_to_home_updates_status(make_app: Callable[..., DlsApp],
                                     fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            screen.editor.load_text(WRONG)
            await pilot.press("ctrl+b")
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), what="home")
            label = app.screen.nodes["c1w2.doubling"].label.plain
            assert "… started" in label
            # leaving saved the editor's text
            assert learner_file(fixture_engine).read_text() == WRONG
            assert not any(isinstance(s, LessonScreen) for s in app.screen_stack)

    run(scenario())


def test_quitting_keeps_the_last_keystrokes(make_app: Callable[..., DlsApp],
                                            fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app(autosave_delay=30)  # no autosave before quitting
        async with app.run_test(size=(100, 30)) as pilot:
            await open_lesson(pilot)
            await pilot.press("f7", *"# last")
            await pilot.press("ctrl+q")
        assert learner_file(fixture_engine).read_text() == "# last"

    run(scenario())


def test_an_unreadable_file_is_reported_not_fatal(make_app: Callable[..., DlsApp],
                                                  fixture_engine: Engine) -> None:
    path = learner_file(fixture_engine)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe not utf-8")

    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            app.open_lesson("c1w2.doubling")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert "Cannot open c1w2.doubling" in _notices(app)

    run(scenario())


def test_course_notation_in_explanations_is_kept() -> None:
    """a<t> and <EOS> are course notation, not HTML: neither renderer may drop them."""
    from rich.console import Console

    from tui.format import explanation_markdown, markdown_parser

    text = "The state a<t> reads x<t> until <EOS>."
    html = markdown_parser().render(text)
    assert "a&lt;t&gt;" in html and "&lt;EOS&gt;" in html
    console = Console(width=80, record=True)
    console.print(explanation_markdown(text))
    assert "a<t> reads x<t> until <EOS>" in console.export_text()
