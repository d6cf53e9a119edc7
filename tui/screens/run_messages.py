"""What the runs screen's background work posts back. Workers post these; handlers touch widgets."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from engine.compare import Comparison
from engine.runs import RunSummary, SavedRun


class RunsLoaded(Message):
    """Every readable run (newest first) and a line for each run that could not be read."""

    def __init__(self, summaries: list[RunSummary], problems: list[str]) -> None:
        super().__init__()
        self.summaries = summaries
        self.problems = problems


class RunOpened(Message):
    """A saved run read back, to be replayed."""

    def __init__(self, saved: SavedRun) -> None:
        super().__init__()
        self.saved = saved


class ComparisonReady(Message):
    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison


class RunDeleted(Message):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder


class ExportDone(Message):
    """One export finished: ``kind`` is "csv" or "tensorboard"; ``problem`` says why it failed."""

    def __init__(self, kind: str, run_id: str, path: Path, problem: str | None = None,
                 detail: str = "") -> None:
        super().__init__()
        self.kind = kind
        self.run_id = run_id
        self.path = path
        self.problem = problem
        self.detail = detail


class RunWorkFailed(Message):
    """A request about saved runs failed; ``what`` says which (load, replay, compare, ...)."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__()
        self.what = what
        self.message = message
