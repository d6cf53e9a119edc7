"""The keys of the screen underneath, listed in a modal (opened with ? or f1)."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: Keys handled by widgets rather than bindings, worth telling the learner about.
EXTRA_KEYS = [
    ("tab / shift+tab", "move between parts of the screen (in the editor, tab indents)"),
    ("esc", "in the editor: leave it, so tab moves focus again"),
    ("arrows / enter", "move in lists and tabs; enter opens or selects"),
    ("ctrl+p", "command palette: every action by name"),
    ("ctrl+q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    """A table of (keys, what they do); built by the app from the active bindings."""

    CSS_PATH = Path(__file__).with_name("help.tcss")
    BINDINGS = [Binding("escape,q,f1,question_mark", "dismiss(None)", "close")]

    def __init__(self, title: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.heading = title
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for key, description in [*self.keys, *EXTRA_KEYS]:
            table.add_row(key, description)
        with Vertical(id="help-box"):
            yield Static(f"Keys · {self.heading}   [dim](esc closes)[/]", id="help-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(table)

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()
