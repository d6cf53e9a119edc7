"""Comparing saved runs: hyperparameters side by side, metrics aligned by step, code diffs."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from engine.runs import CODE_FILE, RunSummary, SavedRun, summarize


@dataclass
class Comparison:
    runs: list[SavedRun]
    summaries: list[RunSummary]

    @property
    def param_names(self) -> list[str]:
        return sorted({k for s in self.summaries for k in s.params})

    @property
    def metric_names(self) -> list[str]:
        return sorted({k for s in self.summaries for k in s.metrics})

    def differing_params(self) -> list[str]:
        """Parameters whose values are not the same in every run."""
        return [name for name in self.param_names
                if len({repr(s.params.get(name)) for s in self.summaries}) > 1]

    def aligned(self, metric: str) -> list[tuple[int, list[float | None]]]:
        """(step, [value in run 1, value in run 2, ...]) for every step any run logged."""
        series = [dict(run.metrics(metric)) for run in self.runs]
        steps = sorted({step for values in series for step in values})
        return [(step, [values.get(step) for values in series]) for step in steps]

    def code_diff(self, index: int) -> str:
        """The learner's code of run ``index`` against the first run's, as a unified diff."""
        first, other = self.runs[0], self.runs[index]
        diff = difflib.unified_diff(
            _code(first).splitlines(keepends=True), _code(other).splitlines(keepends=True),
            fromfile=f"{first.run_id}/{CODE_FILE}", tofile=f"{other.run_id}/{CODE_FILE}")
        return "".join(diff)

    def to_json(self) -> dict[str, Any]:
        return {"runs": [s.to_json() for s in self.summaries],
                "differing_params": self.differing_params(),
                "aligned": {m: self.aligned(m) for m in self.metric_names},
                "code_diffs": {self.runs[i].run_id: self.code_diff(i)
                               for i in range(1, len(self.runs))}}


def _code(run: SavedRun) -> str:
    path = run.folder / CODE_FILE
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def compare(runs: list[SavedRun]) -> Comparison:
    return Comparison(runs, [summarize(run) for run in runs])
