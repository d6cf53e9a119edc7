"""Several saved runs on one chart: one Series per run per metric, aligned by step.

Runs are named by letter (A, B, C, ...) plus the hyperparameters that differ between them, so
a legend entry says what changed; each run keeps its index, hence its colour and marker, on
every chart.
"""

from __future__ import annotations

import math
from string import ascii_uppercase

from engine.compare import Comparison
from tui.training.model import Series

_LABEL_MAX = 28


def run_letter(index: int) -> str:
    return ascii_uppercase[index % 26] + ("" if index < 26 else str(index // 26))


def run_labels(comparison: Comparison) -> list[str]:
    """'A learning_rate=0.005' for each run (just 'A' when no parameter differs)."""
    differing = comparison.differing_params()
    labels = []
    for index, summary in enumerate(comparison.summaries):
        params = summary.params if isinstance(summary.params, dict) else {}
        what = " ".join(f"{k}={params.get(k, '—')}" for k in differing)
        if len(what) > _LABEL_MAX:
            what = what[:_LABEL_MAX - 1] + "…"
        labels.append(f"{run_letter(index)} {what}".rstrip())
    return labels


def overlay_series(comparison: Comparison, metric: str) -> list[Series]:
    """One Series per run (in the comparison's order) of ``metric``, from its step-aligned
    values; non-numeric or non-finite values are left out."""
    labels = run_labels(comparison)
    series = [Series(label) for label in labels]
    for step, values in comparison.aligned(metric):
        if isinstance(step, bool) or not isinstance(step, (int, float)):
            continue
        for one, value in zip(series, values, strict=True):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                try:
                    x, y = float(step), float(value)
                except OverflowError:
                    continue
                if math.isfinite(x) and math.isfinite(y):
                    one.add(x, y)
    return series
