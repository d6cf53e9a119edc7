"""How a lesson's status reads: a glyph AND a word (never colour alone), and progress counts."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

#: status -> (glyph, word, style)
STATUS = {
    "passed": ("✓", "passed", "green"),
    "in-progress": ("…", "started", "yellow"),
    "not-started": ("·", "new", "dim"),
}
_WIDTH = max(len(f"{g} {w}") for g, w, _ in STATUS.values())


def status_label(status: str, *, pad: bool = True) -> Text:
    """'✓ passed', '… started' or '· new', padded so titles line up in a list."""
    glyph, word, style = STATUS.get(status, ("?", status, ""))
    label = f"{glyph} {word}"
    return Text(label.ljust(_WIDTH) if pad else label, style=style)


def progress_count(statuses: Iterable[str]) -> tuple[int, int]:
    """(passed, total) over some lessons' statuses."""
    items = list(statuses)
    return sum(s == "passed" for s in items), len(items)


def count_text(statuses: Iterable[str]) -> Text:
    """'3/13' in green when all are done."""
    passed, total = progress_count(statuses)
    return Text(f"{passed}/{total}", style="green" if passed == total and total else "cyan")
