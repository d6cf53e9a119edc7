"""Compare saved runs: their curves overlaid, their hyperparameters and metrics, their code diff.

Everything comes from ``engine.compare.Comparison``: curves are aligned by step
(``aligned``), differing hyperparameters are named by ``differing_params`` and the code diffs
are ``code_diff``. Each run keeps one letter, colour and marker throughout, so nothing is told
by colour alone; a differing hyperparameter is marked '≠' as well as highlighted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane

from engine.compare import Comparison
from tui.runinfo import date_text, number, short_id, status_text
from tui.training.chart import MARKERS, PALETTE, LineChart, next_smoothing
from tui.training.overlay import overlay_series, run_labels, run_letter

TABS = ("tab-curves", "tab-params", "tab-code")


class CompareScreen(Screen[None]):
    """Two or more runs; the first (oldest) is the one the others' code is diffed against."""

    CSS_PATH = Path(__file__).with_name("compare.tcss")
    BINDINGS = [
        Binding("s", "smoothing", "smoothing",
                tooltip="cycle the curves' smoothing: off, 0.6, 0.9, 0.99"),
        Binding("f4", "cycle_tab", "tab", tooltip="switch tab: curves, parameters, code"),
        Binding("escape,q", "back", "back", tooltip="back to the saved runs"),
    ]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__(id="compare")
        self.comparison = comparison
        self.labels = run_labels(comparison)
        self.smoothing = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="compare-tabs", initial="tab-curves"):
            with TabPane("Curves", id="tab-curves"), VerticalScroll(id="compare-curves"):
                yield Static(self._runs_key(), id="compare-key")
                for metric in self.comparison.metric_names:
                    yield LineChart(title=str(metric), markers_along=True, classes="chart")
            with TabPane("Parameters", id="tab-params"), VerticalScroll(id="compare-params"):
                yield Static(self.params_table(), id="compare-table")
            with TabPane("Code", id="tab-code"), VerticalScroll(id="compare-code"):
                yield Static(self.code_diffs(), id="compare-diffs")
        yield Footer(compact=True)

    @property
    def charts(self) -> list[LineChart]:
        return list(self.query(LineChart))

    def on_mount(self) -> None:
        lessons = sorted({str(s.lesson) for s in self.comparison.summaries})
        self.title = f"Compare {len(self.comparison.runs)} runs"
        self.sub_title = " · ".join(lessons)
        for chart, metric in zip(self.charts, self.comparison.metric_names, strict=True):
            try:
                series = overlay_series(self.comparison, metric)
            except Exception as exc:  # steps or values a malformed run made unsortable
                chart.empty_text = f"cannot align this metric: {type(exc).__name__}"
                series = []
            chart.set_series(series, str(metric))
        self.query_one("#compare-curves").focus()

    # --- the three tabs -------------------------------------------------------------------
    def _runs_key(self) -> Text:
        """Which letter, marker and colour is which run."""
        text = Text()
        for index, (label, run) in enumerate(zip(self.labels, self.comparison.runs,
                                                 strict=True)):
            style = f"bold {PALETTE[index % len(PALETTE)]}"
            text.append(("\n" if index else "") + f"{MARKERS[index % len(MARKERS)]} {label}",
                        style)
            text.append(f"  {run.run_id}", "dim")
        if not self.comparison.metric_names:
            text.append("\n\nThese runs logged no metrics.", "dim")
        return text

    def params_table(self) -> Table:
        comparison = self.comparison
        differing = set(comparison.differing_params())
        table = Table(box=None, pad_edge=False, padding=(0, 2, 0, 0))
        table.add_column("")
        for index in range(len(comparison.runs)):
            table.add_column(Text(f"{MARKERS[index % len(MARKERS)]} {run_letter(index)}",
                                  style=f"bold {PALETTE[index % len(PALETTE)]}"))
        summaries = comparison.summaries

        def row(name: str | Text, cells: list[Any], highlight: bool = False) -> None:
            label = name if isinstance(name, Text) else Text(name, style="dim")
            table.add_row(label, *[c if isinstance(c, Text) else
                                   Text(str(c), style="bold" if highlight else "")
                                   for c in cells])

        row("run", [short_id(s.run_id, str(s.lesson)) for s in summaries])
        row("started", [date_text(s.started_at) for s in summaries])
        row("status", [status_text(s.status, len(s.warnings)) for s in summaries])
        row("seed", [s.seed for s in summaries])
        for name in comparison.param_names:
            if name == "seed":
                continue
            differs = name in differing
            label = Text(f"≠ {name}", style="bold yellow") if differs else Text(f"  {name}")
            row(label, [_param(s.params, name) for s in summaries], highlight=differs)
        for metric in comparison.metric_names:
            cells = []
            for s in summaries:
                m = s.metrics.get(metric)
                cells.append(f"{number(m.final)} (best {number(m.best)} @ {m.best_step})"
                             if m else "—")
            row(Text(f"{metric}", style="bold"), cells)
        row("code", [str(s.code_sha256)[:12] for s in summaries])
        return table

    def code_diffs(self) -> RenderableType:
        dark = self.app.current_theme.dark
        parts: list[RenderableType] = []
        runs = self.comparison.runs
        for index in range(1, len(runs)):
            heading = Text(f"code: {run_letter(0)} → {run_letter(index)}", style="bold")
            heading.append(f"   {runs[0].run_id} → {runs[index].run_id}", "dim")
            parts.append(heading)
            try:
                diff = self.comparison.code_diff(index)
            except (OSError, UnicodeDecodeError) as exc:
                parts.append(Text(f"✗ cannot read the code: {exc}", style="red"))
                continue
            if diff:
                parts.append(Syntax(diff, "diff", theme="ansi_dark" if dark else "ansi_light",
                                    word_wrap=True))
            else:
                parts.append(Text("identical code", style="dim"))
            parts.append(Text(""))
        return Group(*parts)

    # --- actions --------------------------------------------------------------------------
    def action_smoothing(self) -> None:
        self.smoothing = next_smoothing(self.smoothing)
        for chart in self.charts:
            chart.set_smoothing(self.smoothing)
        self.notify(f"smoothing {self.smoothing:g}" if self.smoothing else "smoothing off",
                    timeout=2)

    def action_cycle_tab(self) -> None:
        tabs = self.query_one("#compare-tabs", TabbedContent)
        index = TABS.index(tabs.active) if tabs.active in TABS else -1
        tabs.active = TABS[(index + 1) % len(TABS)]

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        return [("Smoothing", "Cycle the curves' smoothing (s)", self.action_smoothing),
                ("Switch tab", "Curves, parameters or code (f4)", self.action_cycle_tab)]


def _param(params: Any, name: str) -> str:
    return str(params.get(name, "—")) if isinstance(params, dict) else "—"
