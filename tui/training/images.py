"""A grid of small images in half-block pixels, each with its caption underneath."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from tui.pixels import halfblock
from tui.training.picture import EventPicture

_TILE = 16
_GAP = 2
_MAX_IMAGES = 12


class ImageGrid(EventPicture):
    """Draws one image event: up to 12 tiles, as many per row as the width allows."""


    def build_lines(self, width: int, height: int) -> list[Text]:
        if self.event is None:
            return []
        from engine.runs import load_array

        event = self.event
        title = Text(str(event.get("name", "images")), style="bold")
        if event.get("step") is not None:
            title.append(f"  step {event['step']}", "dim")
        try:
            images = load_array(event.get("images"), self.folder or Path("."))
        except (OSError, ValueError) as exc:
            return [title, Text(f"✗ cannot read these images: {exc}", style="red")]
        if images.ndim == 2:  # one grayscale image
            images = images[None]
        captions = [str(c) for c in (event.get("captions") or [])]
        count = min(len(images), _MAX_IMAGES)
        tile = max(4, min(_TILE, width))
        per_row = max(1, (width + _GAP) // (tile + _GAP))
        lines = [title]
        for start in range(0, count, per_row):
            tiles = [halfblock(images[i], width=tile) for i in range(start, min(start + per_row,
                                                                                  count))]
            for row in range(max(len(t) for t in tiles)):
                line = Text()
                for t in tiles:
                    line.append_text(t[row] if row < len(t) else Text(" " * tile))
                    line.append(" " * _GAP)
                lines.append(line)
            caption = Text()
            for i in range(start, min(start + per_row, count)):
                text = captions[i] if i < len(captions) else ""
                caption.append(text[:tile].ljust(tile + _GAP))
            lines.append(caption)
        if len(images) > count:
            lines.append(Text(f"… {len(images) - count} more images", "dim"))
        return lines
