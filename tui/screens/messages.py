"""What background work tells the lesson screen. Workers post these; only handlers touch widgets."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from engine.api import Hint, TrainResult
from engine.checking import CheckReport


class CheckDone(Message):
    def __init__(self, report: CheckReport, token: int) -> None:
        super().__init__()
        self.report = report
        self.token = token


class TrainDone(Message):
    def __init__(self, result: TrainResult) -> None:
        super().__init__()
        self.result = result


class HintReady(Message):
    def __init__(self, hint: Hint) -> None:
        super().__init__()
        self.hint = hint


class SolutionReady(Message):
    def __init__(self, diff: str, gave_up: bool) -> None:
        super().__init__()
        self.diff = diff
        self.gave_up = gave_up


class ResetDone(Message):
    def __init__(self, backup: Path | None, text: str) -> None:
        super().__init__()
        self.backup = backup
        self.text = text


class WorkFailed(Message):
    """An engine call refused or failed; ``what`` says which (check, train, save, ...)."""

    def __init__(self, what: str, message: str, token: int = 0) -> None:
        super().__init__()
        self.what = what
        self.message = message
        self.token = token
