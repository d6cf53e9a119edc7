"""A lesson: the code editor beside the explanation, the check results and the training panel.

Every engine call runs in a thread worker (``_background``) that only posts a message; the
message handlers are the only code that touches widgets. Training events go through an
``EventBuffer`` that a 15 Hz timer drains into the ``TrainingView`` the panel draws.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Markdown, Static, TabbedContent, TabPane

from engine.api import Engine, EngineError
from tui.files import Autosaver, FileWatch
from tui.format import markdown_parser
from tui.screens.confirm import ConfirmScreen
from tui.screens.diff import DiffScreen
from tui.screens.messages import (
    CheckDone,
    HintReady,
    ResetDone,
    SolutionReady,
    TrainDone,
    WorkFailed,
)
from tui.status import status_label
from tui.training.buffer import EventBuffer
from tui.training.model import TrainingView
from tui.training.panel import TrainingPanel
from tui.widgets.editor import CodeEditor
from tui.widgets.results import ResultsPanel

PANELS = ("tab-lesson", "tab-results", "tab-training")
FLUSH_HZ = 15


class LessonScreen(Screen[None]):
    """One lesson; ``train_overrides`` are passed to every training run (tests, benchmarks)."""

    CSS_PATH = Path(__file__).with_name("lesson.tcss")
    BINDINGS = [
        Binding("ctrl+r,f5", "check", "check", tooltip="run the public and hidden tests"),
        Binding("f2,ctrl+h", "hint", "hint",
                tooltip="next hint for the first failing exercise"),
        Binding("f3", "solution", "solution",
                tooltip="the reference as a diff (after a pass; or give up after the last "
                        "hint)"),
        Binding("ctrl+t", "train", "train", tooltip="train the model with your functions"),
        Binding("f6", "train", "train", show=False, priority=True,
                tooltip="train the model with your functions"),
        Binding("escape,ctrl+x", "stop", "stop", priority=True,
                tooltip="stop training, keeping the partial run (while a run is going)"),
        Binding("ctrl+n", "next_lesson", "next", tooltip="next lesson (after a pass)"),
        Binding("f4", "cycle_panel", "panel", tooltip="switch panel: lesson, results, training"),
        Binding("f12", "smoothing", "smoothing", show=False,
                tooltip="cycle the training curves' smoothing: off, 0.6, 0.9, 0.99"),
        Binding("f8", "reset", "reset", show=False,
                tooltip="reset to the starting code (asks first; keeps a backup)"),
        Binding("f11", "zoom", "zoom", show=False,
                tooltip="let the editor or the side panel fill the screen, or restore"),
        Binding("ctrl+b", "back", "lessons", tooltip="back to the list of lessons"),
    ]

    training: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, engine: Engine, lesson_id: str, *,
                 train_overrides: dict[str, str] | None = None, watch_interval: float = 0.5,
                 autosave_delay: float = 0.4) -> None:
        super().__init__(id="lesson")
        self.engine = engine
        self.lesson = engine.lesson(lesson_id)
        self.path = engine.open_lesson(lesson_id)
        text = self.path.read_text(encoding="utf-8")
        self.autosaver = Autosaver(lambda t: engine.workspace.save_file(self.lesson, t), text)
        self.watch = FileWatch(self.path)
        self.train_overrides = dict(train_overrides or {})
        self.watch_interval = watch_interval
        self.autosave_delay = autosave_delay
        self.view = TrainingView(runs_dir=engine.workspace.runs_dir)
        self.buffer = EventBuffer()
        self.passed = engine.progress().of(lesson_id).status == "passed"
        self._initial_text = text
        self._latest_text = text
        self._check_cancel = threading.Event()
        self._check_token = 0
        self._train_cancel = threading.Event()
        self._save_timer: Timer | None = None
        self._flush_timer: Timer | None = None

    # --- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="lesson-body"):
            yield CodeEditor.for_python(self._initial_text, id="editor")
            with TabbedContent(id="side", initial="tab-lesson"):
                with TabPane("Lesson", id="tab-lesson"), VerticalScroll(id="explanation"):
                    yield Static(self._file_note(), id="file-note")
                    yield Markdown(self.lesson.explanation_path.read_text(encoding="utf-8"),
                                   parser_factory=markdown_parser)
                with TabPane("Results", id="tab-results"):
                    yield ResultsPanel(id="results")
                with TabPane("Training", id="tab-training"):
                    yield TrainingPanel(id="training")
        yield Footer(compact=True, show_command_palette=False)

    def _file_note(self) -> Text:
        note = Text("Your file: ", style="dim")
        note.append(str(self.path), "bold")
        note.append("\nEdit it here or in your own editor; it saves as you type and is "
                    "checked again whenever it changes on disk.", "dim")
        return note

    @property
    def editor(self) -> CodeEditor:
        return self.query_one("#editor", CodeEditor)

    @property
    def results(self) -> ResultsPanel:
        return self.query_one("#results", ResultsPanel)

    @property
    def training_panel(self) -> TrainingPanel:
        return self.query_one("#training", TrainingPanel)

    def on_mount(self) -> None:
        self.title = self.lesson.title
        self._update_subtitle()
        self.set_interval(self.watch_interval, self._poll_file)
        self._flush_timer = self.set_interval(1 / FLUSH_HZ, self._flush_training, pause=True)
        entry = self.engine.progress().of(self.lesson.id)
        self.results.show_last(entry.public, entry.hidden, self.passed)
        if entry.hints:
            function = self.engine.default_exercise(self.lesson.id)
            rung = entry.hints.get(function, 0)
            hints = self.lesson.exercise(function).hints
            self.results.show_hints(function, list(hints[:rung]), len(hints))
        self.editor.focus()
        if not self.editor.highlighting:
            self.notify("Python highlighting is unavailable: install tree-sitter-python.",
                        severity="warning")
        runtime = self.lesson.runtime
        self._background("prewarm", lambda: self.engine.prewarm(runtime))

    def _update_subtitle(self) -> None:
        status = "passed" if self.passed else "in-progress"
        self.sub_title = f"{self.lesson.id} · {status_label(status, pad=False).plain}"

    def show_panel(self, panel: str) -> None:
        self.query_one("#side", TabbedContent).active = panel

    # --- background work ------------------------------------------------------------------
    def _background(self, what: str, job: Callable[[], Message | None], *, token: int = 0,
                    group: str = "default") -> None:
        """Run ``job`` in a thread; post its message, or a WorkFailed saying why it failed."""

        def run() -> None:
            try:
                message = job()
            except EngineError as exc:
                message = WorkFailed(what, str(exc), token)
            except Exception as exc:  # a bug or an OS error must reach the learner, not vanish
                message = WorkFailed(what, f"{type(exc).__name__}: {exc}", token)
            if message is not None:
                self.post_message(message)

        self.run_worker(run, thread=True, group=group, exit_on_error=False)

    def on_work_failed(self, message: WorkFailed) -> None:
        if message.what == "check":
            if message.token == self._check_token:
                self.results.show_error(message.message)
            return
        if message.what == "train":
            self._end_training("failed", error=message.message)
        self.notify(message.message, title=f"{message.what} failed", severity="error",
                    timeout=10)

    # --- the editor and the file on disk ---------------------------------------------------
    def on_text_area_changed(self, event: CodeEditor.Changed) -> None:
        self._latest_text = event.text_area.text
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.autosave_delay, self._autosave)

    def _cancel_pending_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None

    def _autosave(self) -> None:
        self._save_timer = None
        text = self.editor.text
        if text != self.autosaver.last_text:
            self._background("save", lambda: self._save(text), group="save")

    def _save(self, text: str) -> None:
        self.autosaver.save(text)

    def _poll_file(self) -> None:
        """Watch mode: the learner's own editor saved the file, so load it and check it."""
        text = self.watch.poll()
        if text is None or text == self.editor.text or self.autosaver.is_ours(text):
            return
        self._cancel_pending_save()
        self.autosaver.forget(text)
        self._load_editor(text)
        self.notify("Your file changed on disk: reloaded and checking it.", timeout=3)
        self.action_check()

    def _load_editor(self, text: str) -> None:
        editor = self.editor
        row, col = editor.cursor_location
        editor.load_text(text)
        self._latest_text = text
        last = editor.document.line_count - 1
        row = min(row, last)
        editor.cursor_location = (row, min(col, len(editor.document.get_line(row))))

    def on_unmount(self) -> None:
        """Leaving the lesson (or the app): stop our children, keep the learner's last text."""
        self._check_cancel.set()
        self._train_cancel.set()
        try:
            self.autosaver.save(self._latest_text)
        except OSError as exc:
            self.app.notify(f"Could not save {self.path}: {exc}", severity="error")

    # --- checking -------------------------------------------------------------------------
    def action_check(self) -> None:
        self.results.show_checking()
        self.show_panel("tab-results")
        self._check_cancel.set()
        cancel = self._check_cancel = threading.Event()
        self._check_token += 1
        token = self._check_token
        text = self.editor.text
        self._cancel_pending_save()

        def job() -> Message:
            self.autosaver.save(text)
            return CheckDone(self.engine.check(self.lesson.id, cancel=cancel), token)

        self._background("check", job, token=token, group="check")

    def on_check_done(self, message: CheckDone) -> None:
        if message.token != self._check_token:
            return  # a newer check is under way
        report = message.report
        self.results.show_report(report)
        if report.passed and not self.passed:
            self.notify("Passed! ctrl+n opens the next lesson; f3 compares with the reference.",
                        title="✓ lesson passed", timeout=6)
        self.passed = self.passed or report.passed
        self._update_subtitle()

    # --- hints, solution, reset -----------------------------------------------------------
    def action_hint(self) -> None:
        lesson_id = self.lesson.id
        self._background("hint", lambda: HintReady(self.engine.hint(lesson_id)))

    def on_hint_ready(self, message: HintReady) -> None:
        hint = message.hint
        hints = self.lesson.exercise(hint.exercise).hints
        self.results.show_hints(hint.exercise, list(hints[:hint.rung]), hint.rungs)
        self.show_panel("tab-results")

    def action_solution(self) -> None:
        lesson_id = self.lesson.id
        if self.passed:
            self._background("solution", lambda: SolutionReady(
                self.engine.solution(lesson_id), False))
            return
        function = self.engine.default_exercise(lesson_id)
        if not self.engine.can_give_up(lesson_id):
            rungs = len(self.lesson.exercise(function).hints)
            seen = self.engine.progress().of(lesson_id).hints.get(function, 0)
            self.notify(f"The reference solution opens once your file passes the hidden tests. "
                        f"Stuck on {function}? f2 shows the next hint ({seen}/{rungs} seen); "
                        "after the last one you may give up and see the solution.",
                        title="Solution locked", severity="warning", timeout=8)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._background("solution", lambda: SolutionReady(
                    self.engine.solution(lesson_id, give_up=True), True))

        self.app.push_screen(ConfirmScreen(
            f"Give up on {function} and see the reference solution?\n\nYour progress will "
            "note that you gave up on it. You can still pass the lesson with your own code.",
            yes="Show me"), answer)

    def on_solution_ready(self, message: SolutionReady) -> None:
        title = "Reference solution" + (" (given up)" if message.gave_up else "")
        self.app.push_screen(DiffScreen(title, message.diff))

    def action_reset(self) -> None:
        def answer(yes: bool | None) -> None:
            if yes:
                self._cancel_pending_save()
                text = self.editor.text
                self._background("reset", lambda: self._reset(text))

        self.app.push_screen(ConfirmScreen(
            f"Reset “{self.lesson.title}” to its starting code?\n\nYour current file is kept "
            "as a backup (the path is shown afterwards), and this lesson's progress and hints "
            "start afresh.", yes="Reset"), answer)

    def _reset(self, text: str) -> Message:
        """Save the editor's last keystrokes first, so the backup holds all of them."""
        self.autosaver.save(text)

        def restore() -> tuple[Any, str]:
            backup = self.engine.reset(self.lesson.id)
            return backup, self.path.read_text(encoding="utf-8")

        backup, text = self.autosaver.replace(restore)
        return ResetDone(backup, text)

    def on_reset_done(self, message: ResetDone) -> None:
        self._load_editor(message.text)
        self.results.clear()
        self.passed = False
        self._update_subtitle()
        kept = f" Your previous file is kept at {message.backup}" if message.backup else ""
        self.notify(f"Reset to the starting code.{kept}", title="Lesson reset", timeout=20)

    # --- training -------------------------------------------------------------------------
    def action_train(self) -> None:
        if self.lesson.train is None:
            self.notify("This lesson has no training step.", severity="warning")
            return
        if self.training:
            self.notify("A run is already going: esc stops it.", severity="warning")
            return
        self._cancel_pending_save()
        text, lesson_id, overrides = self.editor.text, self.lesson.id, self.train_overrides
        self.view = TrainingView(runs_dir=self.engine.workspace.runs_dir)
        buffer = self.buffer = EventBuffer()
        cancel = self._train_cancel = threading.Event()
        self.training = True
        self.training_panel.show(self.view)
        self.show_panel("tab-training")
        if self._flush_timer is not None:
            self._flush_timer.resume()

        def job() -> Message:
            self.autosaver.save(text)
            return TrainDone(self.engine.train(lesson_id, overrides=overrides,
                                               on_event=buffer.append, cancel=cancel))

        self._background("train", job, group="train")

    def _flush_training(self) -> None:
        """The 15 Hz timer: fold the buffered events in and redraw what they changed."""
        events = self.buffer.drain()
        if events:
            changed = self.view.apply(events)
            self.training_panel.show(self.view, changed)

    def on_train_done(self, message: TrainDone) -> None:
        result = message.result
        self._end_training(result.status, result.summary, result.error)
        word = {"completed": "finished", "stopped": "stopped"}.get(result.status, "failed")
        self.notify(f"The run {word}; it is saved in {result.folder} (f9: saved runs)",
                    severity="information" if result.status != "failed" else "error",
                    timeout=6)

    def _end_training(self, status: str, summary: dict[str, Any] | None = None,
                      error: str | None = None) -> None:
        self._flush_training()
        changed = self.view.finish(status, summary, error)
        self.training_panel.show(self.view, changed)
        self.training = False
        if self._flush_timer is not None:
            self._flush_timer.pause()

    def action_stop(self) -> None:
        if self.training:
            self._train_cancel.set()
            self.notify("Stopping the run; what it has done so far is kept.", timeout=3)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop":
            return self.training  # otherwise esc and ctrl+x keep their editor meanings
        return True

    def action_smoothing(self) -> None:
        weight = self.training_panel.cycle_smoothing()
        self.show_panel("tab-training")
        self.notify(f"Curve smoothing {weight:g} (raw values dim underneath)" if weight
                    else "Curve smoothing off", timeout=2)

    # --- moving around --------------------------------------------------------------------
    def action_cycle_panel(self) -> None:
        side = self.query_one("#side", TabbedContent)
        index = PANELS.index(side.active) if side.active in PANELS else -1
        side.active = PANELS[(index + 1) % len(PANELS)]

    def action_zoom(self) -> None:
        """Let the editor or the side panel (whichever has focus) fill the screen, or undo."""
        if self.maximized is not None:
            self.minimize()
            return
        side = self.query_one("#side", TabbedContent)
        focused = self.focused
        inside_side = focused is not None and side in focused.ancestors_with_self
        self.maximized = side if inside_side or focused is None else self.editor

    def action_next_lesson(self) -> None:
        if not self.passed:
            self.notify("The next lesson opens here once this one passes its hidden tests "
                        "(ctrl+r checks). Any lesson can be picked from the list: ctrl+b.",
                        title="Not yet", severity="warning", timeout=6)
            return
        following = self.engine.catalog.next_after(self.lesson.id)
        if following is None:
            self.notify("This is the last lesson for now. Well done!")
            return
        self.app.open_lesson(following.id)  # type: ignore[attr-defined]

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        """The lesson's actions by name, for the command palette (ctrl+p)."""
        commands: list[tuple[str, str, Callable[[], Any]]] = [
            ("Check my code", "Run the public and hidden tests (ctrl+r)", self.action_check),
            ("Next hint", "Reveal the next hint for the first failing exercise (f2)",
             self.action_hint),
            ("Show solution", "The reference as a diff, once passed (f3)", self.action_solution),
            ("Train", "Train the lesson's model with your functions (ctrl+t)",
             self.action_train),
            ("Stop training", "Stop the run and keep what it did (esc)", self.action_stop),
            ("Next lesson", "Open the next lesson, once this one passes (ctrl+n)",
             self.action_next_lesson),
            ("Reset lesson", "Restore the starting code, keeping a backup (f8)",
             self.action_reset),
            ("Switch panel", "Lesson, results or training (f4)", self.action_cycle_panel),
            ("Smoothing", "Cycle the training curves' smoothing: off, 0.6, 0.9, 0.99 (f12)",
             self.action_smoothing),
            ("Zoom", "Let the focused pane fill the screen, or restore (f11)",
             self.action_zoom),
            ("Back to lessons", "Return to the lesson list (ctrl+b)", self.action_back),
        ]
        return commands
