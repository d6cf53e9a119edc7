"""The base of the widgets that draw one picture event (boundary, heatmap, image set)."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

from rich.text import Text

from tui.widgets.lines import LinesWidget


class EventPicture(LinesWidget):
    """Holds the latest event of one picture and the run folder its arrays live in.

    ``key`` identifies what is shown (name and version), so the panel redraws a picture only
    when a newer event for it has arrived. The event may come from a saved run, which is
    untrusted data: whatever is wrong with it is drawn as a one-line error, never a crash.
    """

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.event: dict[str, Any] | None = None
        self.folder: Path | None = None
        self.key: Hashable = None

    def show(self, event: dict[str, Any], folder: Path | None, key: Hashable = None) -> None:
        self.event, self.folder, self.key = event, folder, key
        self.invalidate()

    def lines_for(self, width: int, height: int) -> list[Text]:
        try:
            return self.build_lines(width, height)
        except Exception as exc:  # malformed event data must not take the app down
            name = str(self.event.get("name", "")) if isinstance(self.event, dict) else ""
            return [Text(name, style="bold"),
                    Text(f"✗ cannot draw this: {type(exc).__name__}: {exc}"[:300], style="red")]
