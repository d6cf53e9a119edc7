"""The reference solution as a diff against the learner's file, in a scrollable modal."""

from __future__ import annotations

from pathlib import Path

from rich.syntax import Syntax
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class DiffScreen(ModalScreen[None]):
    """'-' lines are yours, '+' lines the reference's; escape or q closes."""

    CSS_PATH = Path(__file__).with_name("diff.tcss")
    BINDINGS = [Binding("escape,q,f3", "dismiss(None)", "close")]

    def __init__(self, title: str, diff: str) -> None:
        super().__init__()
        self.heading = title
        self.diff = diff

    def compose(self) -> ComposeResult:
        dark = self.app.current_theme.dark
        with Vertical(id="diff-box"):
            yield Static(f"{self.heading}   [dim](- your file, + reference · esc closes)[/]",
                         id="diff-title")
            with VerticalScroll(id="diff-scroll"):
                yield Static(Syntax(self.diff, "diff", theme="ansi_dark" if dark
                                    else "ansi_light", word_wrap=True), id="diff-body")

    def on_mount(self) -> None:
        self.query_one("#diff-scroll").focus()
