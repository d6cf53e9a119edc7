"""A widget on Textual's line API that draws cached lines of Rich text.

Charts, heatmaps and pictures rebuild their lines only when their data, width or colours
change; every repaint in between (scrolling, other widgets updating) reuses the cached strips,
which keeps key presses snappy while a run streams hundreds of events a second.
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget


class LinesWidget(Widget):
    """Subclasses implement ``build_lines(width, height)``; call ``invalidate()`` on new data.

    With ``height: auto`` the widget is as tall as the lines it builds; with a fixed height
    ``build_lines`` receives that height and should fill it.
    """

    DEFAULT_CSS = """
    LinesWidget {
        height: auto;
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._version = 0
        self._cache_key: Hashable = None
        self._strips: list[Strip] = []

    def build_lines(self, width: int, height: int) -> list[Text]:
        """The lines to show at this size (height is 0 when the widget sizes itself)."""
        raise NotImplementedError

    def lines_for(self, width: int, height: int) -> list[Text]:
        """``build_lines``, through which subclasses may guard drawing (see EventPicture)."""
        return self.build_lines(width, height)

    def wrap(self, text: Text, width: int) -> list[Text]:
        """Fold a long line onto several, for text that must be read in full."""
        return list(text.wrap(self.app.console, max(width, 1)))

    def invalidate(self) -> None:
        """The data changed: rebuild on the next paint (and re-measure the height)."""
        self._version += 1
        self.refresh(layout=True)

    def _fixed_height(self) -> int:
        height = self.styles.height
        return self.size.height if height is not None and not height.is_auto else 0

    def _strips_for(self, width: int, height: int) -> list[Strip]:
        base = self.rich_style
        key = (self._version, width, height, base)
        if key != self._cache_key:
            self._cache_key = key
            self._strips = [self._to_strip(line, width, base)
                            for line in self.lines_for(width, height)] if width > 0 else []
        return self._strips

    def _to_strip(self, line: Text, width: int, base: Style) -> Strip:
        segments = [Segment(s.text, base + s.style if s.style else base, s.control)
                    for s in line.render(self.app.console, end="")]
        return Strip(segments).adjust_cell_length(width, base)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._strips_for(width, 0))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        strips = self._strips_for(width, self._fixed_height())
        if 0 <= y < len(strips):
            return strips[y]
        return Strip.blank(width, self.rich_style)
