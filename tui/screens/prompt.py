"""A one-line question in a modal (which step to jump to); enter answers, escape cancels."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class PromptScreen(ModalScreen[str | None]):
    """Dismisses with the typed text, or None on escape. ``kind`` is Input's ``type``."""

    CSS_PATH = Path(__file__).with_name("prompt.tcss")
    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, question: str, *, value: str = "", kind: str = "text") -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Static(self.question, id="prompt-question", markup=False)
            yield Input(self.value, type=self.kind, id="prompt-input")  # type: ignore[arg-type]
            yield Static("enter: go · esc: cancel", id="prompt-keys")

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)
