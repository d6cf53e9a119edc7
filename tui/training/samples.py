"""The run's text: sampled names or translations, log messages, errors and audio clips."""

from __future__ import annotations

from rich.text import Text

from tui.training.model import LogLine
from tui.widgets.lines import LinesWidget

_SHOWN = 40
_KIND_MARK = {"text": "›", "log": "·", "error": "✗", "audio": "♪"}


class SampleLog(LinesWidget):
    """The latest lines, oldest first; each line says what it is by a glyph and a word."""

    def __init__(self, *, shown: int = _SHOWN, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.shown = shown
        self._lines: list[LogLine] = []

    def show(self, lines: list[LogLine]) -> None:
        self._lines = lines[-self.shown:]
        self.invalidate()

    def build_lines(self, width: int, height: int) -> list[Text]:
        out: list[Text] = []
        if not self._lines:
            return out
        out.append(Text("samples and log", style="bold"))
        for line in self._lines:
            style = "red" if line.kind == "error" else "dim" if line.kind == "log" else ""
            head = f"{_KIND_MARK.get(line.kind, '·')} {line.channel}"
            if line.step is not None:
                head += f" @{line.step}"
            first, *rest = line.text.splitlines() or [""]
            text = Text(f"{head}: ", style="dim")
            text.append(first, style)
            out.extend(self.wrap(text, width))
            for more in rest:
                out.extend(self.wrap(Text(f"    {more}", style), width))
        return out
