"""The Textual app: a home screen of lessons, a screen per lesson, keys, palette and themes.

The app takes a ready ``Engine`` (tests inject one over a fixture catalog). It imports neither
TensorFlow nor the learner's code: all of that runs in the engine's child processes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import ModalScreen, Screen

from engine.api import Engine, EngineError
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.home import HomeScreen
from tui.screens.lesson import LessonScreen
from tui.screens.replay import ReplayScreen
from tui.screens.runs import RunsScreen

DARK = "textual-dark"
LIGHT = "textual-light"


class DlsApp(App[None]):
    """``train_overrides`` apply to every training run (tests and benchmarks use them)."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "dls-tui"
    BINDINGS = [
        Binding("f1,question_mark", "help", "help", tooltip="this list of keys"),
        Binding("ctrl+l", "toggle_theme", "light/dark", show=False,
                tooltip="switch between the dark and the light theme"),
        Binding("f9", "open_runs", "runs", show=False,
                tooltip="saved runs: replay, compare, export, delete"),
    ]

    def __init__(self, engine: Engine, *, train_overrides: dict[str, str] | None = None,
                 watch_interval: float = 0.5, autosave_delay: float = 0.4,
                 prewarm: bool = True) -> None:
        super().__init__()
        self.engine = engine
        self.train_overrides = dict(train_overrides or {})
        self.watch_interval = watch_interval
        self.autosave_delay = autosave_delay
        self.prewarm = prewarm
        self.theme = DARK

    def on_mount(self) -> None:
        self.push_screen(HomeScreen(self.engine))
        for warning in self.engine.workspace.warnings:
            self.notify(warning, title="progress", severity="warning", timeout=15)
        if self.prewarm:
            # Start the numpy worker now so the first check is one fork away.
            self.run_worker(lambda: self.engine.prewarm("numpy"), thread=True,
                            group="prewarm", exit_on_error=False)

    # --- navigation -----------------------------------------------------------------------
    def open_lesson(self, lesson_id: str) -> None:
        """Open a lesson over the home screen (replacing the lesson shown, if any)."""
        try:
            screen = LessonScreen(self.engine, lesson_id, train_overrides=self.train_overrides,
                                  watch_interval=self.watch_interval,
                                  autosave_delay=self.autosave_delay)
        except (EngineError, OSError, UnicodeDecodeError) as exc:
            self.notify(f"Cannot open {lesson_id}: {exc}", severity="error", timeout=10)
            return
        if isinstance(self.screen, LessonScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def action_open_runs(self) -> None:
        """The saved runs, filtered to the lesson on screen (if any)."""
        if isinstance(self.screen, (RunsScreen, ReplayScreen, CompareScreen, ModalScreen)):
            return
        lesson = self.screen.lesson.id if isinstance(self.screen, LessonScreen) else None
        self.push_screen(RunsScreen(self.engine, lesson))

    # --- app-wide actions -----------------------------------------------------------------
    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen.title or "dls-tui", self.key_table()))

    def key_table(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the current screen's bindings and the app's own."""
        rows: dict[str, list[str]] = {}
        for binding in [*self.screen.BINDINGS, *self.BINDINGS]:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            text = binding.tooltip or binding.description
            rows.setdefault(text, []).extend(_spell(k.strip()) for k in binding.key.split(","))
        return [(" / ".join(dict.fromkeys(keys)), text) for text, keys in rows.items()]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Light or dark theme", "Toggle the light and dark themes (ctrl+l)",
                            self.action_toggle_theme)
        yield SystemCommand("Help: keys", "List this screen's keys (? or f1)", self.action_help)
        yield SystemCommand("Saved runs", "Replay, compare, export or delete saved runs (f9)",
                            self.action_open_runs)
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            for title, help_text, callback in commands():
                yield SystemCommand(title, help_text, callback)


_KEY_NAMES = {"question_mark": "?", "escape": "esc"}


def _spell(key: str) -> str:
    """A key as the help table spells it: 'ctrl+r', 'f5', '?' (clearer than '^r')."""
    return _KEY_NAMES.get(key, key)


def run_app(engine: Engine) -> None:
    """Run the app in the terminal; the engine's warm workers are closed on the way out."""
    try:
        DlsApp(engine).run()
    finally:
        engine.close()
