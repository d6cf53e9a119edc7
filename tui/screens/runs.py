"""Saved runs: a table of every run, filtered by lesson; replay, compare, export, delete.

Reading runs, comparing, exporting and deleting run in thread workers that only post a message
(``tui/screens/run_messages.py``); the handlers update the widgets. A saved run is data: every
value shown here goes into ``Text`` objects, never into markup, and nothing in a run executes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from engine.api import Engine, EngineError
from engine.compare import Comparison
from engine.runs import RunSummary
from tui.runinfo import date_text, headline, number, params_text, status_text
from tui.runlist import load_runs, matches
from tui.screens.confirm import ConfirmScreen
from tui.screens.run_messages import (
    ComparisonReady,
    ExportDone,
    RunDeleted,
    RunOpened,
    RunsLoaded,
    RunWorkFailed,
)

COLUMNS = ("cmp", "lesson", "date", "status", "final", "best", "params", "seed", "metric")
MARK = "✓"


def params_cell(params: Any, differing: set[str]) -> Text:
    """The hyperparameters, those that differ between the listed runs first (in bold)."""
    if not isinstance(params, dict):
        return Text("")
    ordered = sorted((k for k in params if k != "seed"), key=lambda k: k not in differing)
    text = Text()
    for key in ordered:
        text.append(f"{key}={params[key]} ", "bold" if key in differing else "dim")
    return text


class RunsScreen(Screen[None]):
    """``lesson`` pre-fills the filter (the lesson the learner came from); 'a' shows all."""

    CSS_PATH = Path(__file__).with_name("runs.tcss")
    BINDINGS = [
        Binding("enter", "replay", "replay", tooltip="replay the highlighted run"),
        Binding("space", "mark", "mark", tooltip="mark or unmark the run for comparison"),
        Binding("c", "compare", "compare", tooltip="compare the marked runs (two or more)"),
        Binding("e", "export", "export",
                tooltip="export the run's metrics to CSV and TensorBoard (in the background)"),
        Binding("d,delete", "delete", "delete", tooltip="delete the run (asks first)"),
        Binding("a", "show_all", "all", tooltip="show the runs of every lesson"),
        Binding("slash", "filter", "filter", show=False,
                tooltip="type a lesson id to filter the table"),
        Binding("r", "reload", "reload", show=False, tooltip="read the runs folder again"),
        Binding("escape", "back", "back", tooltip="back (from the filter: to the table)"),
    ]

    def __init__(self, engine: Engine, lesson: str | None = None) -> None:
        super().__init__(id="runs")
        self.engine = engine
        self.initial_filter = lesson or ""
        self.summaries: list[RunSummary] = []
        self.problems: list[str] = []
        self.marked: set[str] = set()
        self.loaded = False

    # --- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(self.initial_filter, placeholder="filter by lesson (/ to type, a for all)",
                    id="runs-filter", compact=True)
        yield DataTable(id="runs-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="runs-problems")
        yield Static("", id="runs-detail")
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#runs-table", DataTable)

    @property
    def filter_text(self) -> str:
        return self.query_one("#runs-filter", Input).value

    def on_mount(self) -> None:
        self.title = "Saved runs"
        for column in COLUMNS:
            self.table.add_column(column, key=column)
        self.table.focus()
        self.action_reload()

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.action_reload()  # a run may have been deleted, or a new one saved

    # --- loading and the table ------------------------------------------------------------
    def _background(self, what: str, job: Callable[[], Message | None]) -> None:
        """Run ``job`` in a thread; post its message, or RunWorkFailed saying why it failed."""

        def run() -> None:
            try:
                message = job()
            except EngineError as exc:
                message = RunWorkFailed(what, str(exc))
            except Exception as exc:  # a malformed run or an OS error: tell, don't vanish
                message = RunWorkFailed(what, f"{type(exc).__name__}: {exc}")
            if message is not None:
                self.post_message(message)

        self.run_worker(run, thread=True, group=what, exit_on_error=False)

    def action_reload(self) -> None:
        runs_dir = self.engine.workspace.runs_dir
        self._background("load", lambda: RunsLoaded(*load_runs(runs_dir)))

    def on_runs_loaded(self, message: RunsLoaded) -> None:
        self.summaries, self.problems = message.summaries, message.problems
        known = {s.run_id for s in self.summaries}
        self.marked &= known
        self.loaded = True
        self._fill()
        problems = self.query_one("#runs-problems", Static)
        problems.update(Text("\n".join(f"⚠ {p}" for p in self.problems), style="yellow"))
        problems.display = bool(self.problems)

    def shown(self) -> list[RunSummary]:
        return [s for s in self.summaries if matches(s, self.filter_text)]

    def _fill(self) -> None:
        """Rebuild the rows for the current filter, keeping the cursor on the same run."""
        table = self.table
        current = self.current_id()
        table.clear()
        shown = self.shown()
        differing = set(Comparison([], shown).differing_params())
        for summary in shown:
            table.add_row(*self._cells(summary, differing), key=summary.run_id)
        if current is not None and current in {s.run_id for s in self.shown()}:
            table.move_cursor(row=table.get_row_index(current))
        self._update_subtitle()
        self._show_detail()

    def _cells(self, summary: RunSummary, differing: set[str]) -> list[Text]:
        found = headline(summary)
        name, metric = found if found is not None else ("", None)
        return [Text(MARK if summary.run_id in self.marked else "·", style="bold"),
                Text(str(summary.lesson)), Text(date_text(summary.started_at)),
                status_text(summary.status, len(summary.warnings)),
                Text(number(metric.final) if metric else "—", justify="right"),
                Text(number(metric.best) if metric else "—", justify="right"),
                params_cell(summary.params, differing), Text(str(summary.seed)),
                Text(str(name), style="dim")]

    def _update_subtitle(self) -> None:
        shown, total = len(self.shown()), len(self.summaries)
        which = f"lesson {self.filter_text.strip()}" if self.filter_text.strip() else "all lessons"
        marked = f" · {len(self.marked)} marked" if self.marked else ""
        self.sub_title = f"{shown} of {total} runs · {which}{marked}"

    def current_id(self) -> str | None:
        table = self.table
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return None if row_key.value is None else str(row_key.value)

    def current(self) -> RunSummary | None:
        run_id = self.current_id()
        return next((s for s in self.summaries if s.run_id == run_id), None)

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_replay()

    def _show_detail(self) -> None:
        self.query_one("#runs-detail", Static).update(self._detail_text(self.current()))

    def _detail_text(self, summary: RunSummary | None) -> Text:
        if summary is None:
            if not self.loaded:
                return Text("reading the saved runs…", style="dim")
            if self.summaries:
                return Text("No run of this lesson matches the filter: a shows every lesson.",
                            style="dim")
            return Text("No saved runs yet: train a lesson (ctrl+t in a lesson) and its run "
                        "is saved here.", style="dim")
        text = Text(summary.run_id, style="bold")
        text.append("  ")
        text.append_text(status_text(summary.status))
        for warning in summary.warnings[:3]:
            text.append(f"\n⚠ {warning}", "yellow")
        if len(summary.warnings) > 3:
            text.append(f"\n⚠ … and {len(summary.warnings) - 3} more", "yellow")
        text.append(f"\n{summary.title} · seed {summary.seed}", "dim")
        params = params_text(summary.params)
        if params:
            text.append(f" · {params}", "dim")
        metrics = [f"{name} {number(m.final)} (best {number(m.best)} @ {m.best_step})"
                   for name, m in summary.metrics.items()]
        if metrics:
            text.append("\n" + " · ".join(metrics))
        return text

    # --- filter ---------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "runs-filter" and self.loaded:
            self._fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "runs-filter":
            self.table.focus()

    def action_filter(self) -> None:
        self.query_one("#runs-filter", Input).focus()

    def action_show_all(self) -> None:
        self.query_one("#runs-filter", Input).value = ""
        self.table.focus()

    def action_back(self) -> None:
        if self.focused is self.query_one("#runs-filter", Input):
            self.table.focus()
            return
        self.app.pop_screen()

    # --- marking and comparing ------------------------------------------------------------
    def action_mark(self) -> None:
        run_id = self.current_id()
        if run_id is None:
            return
        self.marked ^= {run_id}
        self.table.update_cell(run_id, "cmp", Text(MARK if run_id in self.marked else "·",
                                                   style="bold"))
        self._update_subtitle()
        if self.table.cursor_row < self.table.row_count - 1:
            self.table.move_cursor(row=self.table.cursor_row + 1)

    def action_compare(self) -> None:
        chosen = [s.run_id for s in self.summaries if s.run_id in self.marked]
        if len(chosen) < 2:
            self.notify("Mark two or more runs with space, then press c to compare them.",
                        title="Compare", severity="warning")
            return
        chosen.reverse()  # oldest first: the first run is the one the others are diffed against
        engine = self.engine

        def job() -> Message:
            from engine.compare import compare

            return ComparisonReady(compare([engine.open_run(run_id) for run_id in chosen]))

        self._background("compare", job)

    def on_comparison_ready(self, message: ComparisonReady) -> None:
        from tui.screens.compare import CompareScreen

        self.app.push_screen(CompareScreen(message.comparison))

    # --- replay ---------------------------------------------------------------------------
    def action_replay(self) -> None:
        run_id = self.current_id()
        if run_id is None:
            return
        engine = self.engine
        self._background("replay", lambda: RunOpened(engine.open_run(run_id)))

    def on_run_opened(self, message: RunOpened) -> None:
        from tui.screens.replay import ReplayScreen

        self.app.push_screen(ReplayScreen(message.saved))

    # --- delete and export ----------------------------------------------------------------
    def action_delete(self) -> None:
        summary = self.current()
        if summary is None:
            return
        run_id, engine = summary.run_id, self.engine

        def answer(yes: bool | None) -> None:
            if yes:
                self._background("delete", lambda: RunDeleted(engine.delete_run(run_id)))

        self.app.push_screen(ConfirmScreen(
            f"Delete the saved run {escape(run_id)}?\n\nIts events, code and arrays are "
            "removed from the disk; this cannot be undone.", yes="Delete"), answer)

    def on_run_deleted(self, message: RunDeleted) -> None:
        self.marked.discard(message.folder.name)
        self.notify(f"Deleted {message.folder.name}", title="Run deleted", markup=False)
        self.action_reload()

    def action_export(self) -> None:
        summary = self.current()
        if summary is None:
            return
        run_id, engine = summary.run_id, self.engine
        exports = engine.workspace.root / "exports"
        self.notify(f"Exporting {run_id}: CSV now, TensorBoard in a few seconds.",
                    title="Export", markup=False, timeout=4)

        def job() -> None:
            from engine import export

            saved = engine.open_run(run_id)
            exports.mkdir(parents=True, exist_ok=True)
            csv_path = exports / f"{run_id}.csv"
            rows = export.to_csv(saved, csv_path)
            self.post_message(ExportDone("csv", run_id, csv_path, detail=f"{rows} points"))
            logdir = exports / "tensorboard"
            problem = export.to_tensorboard(saved.folder, logdir)
            self.post_message(ExportDone("tensorboard", run_id, logdir, problem))

        self._background("export", job)

    def on_export_done(self, message: ExportDone) -> None:
        if message.problem:
            self.notify(f"TensorBoard export of {message.run_id} failed: {message.problem}",
                        title="Export failed", severity="error", markup=False, timeout=15)
        elif message.kind == "csv":
            self.notify(f"{message.detail} written to {message.path}", title="CSV export",
                        markup=False, timeout=15)
        else:
            self.notify(f"TensorBoard events in {message.path / message.run_id}\nview them "
                        f"with: tensorboard --logdir {message.path}", title="TensorBoard export",
                        markup=False, timeout=20)

    def on_run_work_failed(self, message: RunWorkFailed) -> None:
        self.notify(message.message, title=f"{message.what} failed", severity="error",
                    markup=False, timeout=12)

    def palette_commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        return [
            ("Replay run", "Replay the highlighted run (enter)", self.action_replay),
            ("Mark run", "Mark or unmark the highlighted run for comparison (space)",
             self.action_mark),
            ("Compare marked runs", "Curves, parameters and code of the marked runs (c)",
             self.action_compare),
            ("Export run", "Metrics to CSV and TensorBoard (e)", self.action_export),
            ("Delete run", "Delete the highlighted run, after asking (d)", self.action_delete),
            ("All lessons' runs", "Clear the lesson filter (a)", self.action_show_all),
        ]
