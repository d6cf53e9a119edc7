"""How a saved run is described in words: headline metric, status, date, parameters.

Shared by the `dls-tui runs` command and the app's runs and compare screens, so both name a
run the same way. Everything here tolerates malformed values (a saved run is untrusted data).
"""

from __future__ import annotations

import math
from typing import Any

from rich.text import Text

from engine.runs import MetricSummary, RunSummary

#: A run's status as glyph + word (never colour alone), and a style for it.
RUN_STATUS = {
    "completed": ("✓", "completed", "green"),
    "stopped": ("■", "stopped", "yellow"),
    "failed": ("✗", "failed", "red"),
    "incomplete": ("…", "incomplete", "yellow"),
}

#: Metric names tried in order for the run's headline figure (first substring match wins).
HEADLINE_ORDER = ("test accuracy", "test_accuracy", "accuracy", "cost")


def headline(summary: RunSummary) -> tuple[str, MetricSummary] | None:
    """The run's most telling metric: a test/accuracy figure if any, else the cost."""
    names = [n for n in summary.metrics if isinstance(n, str)]
    for preferred in HEADLINE_ORDER:
        for name in names:
            if preferred in name:
                return name, summary.metrics[name]
    return None


def number(value: Any) -> str:
    """A metric value in 4 significant digits ('—' for anything that is not a number)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "—"
    try:
        return f"{value:.4g}" if math.isfinite(value) else str(value)
    except (OverflowError, ValueError):
        return "—"


def headline_text(summary: RunSummary) -> str:
    """'test accuracy 0.72 (best 0.74)' or '' when the run logged no metric."""
    found = headline(summary)
    if found is None:
        return ""
    name, metric = found
    return f"{name} {number(metric.final)} (best {number(metric.best)})"


def status_text(status: str, warnings: int = 0) -> Text:
    glyph, word, style = RUN_STATUS.get(status, ("?", str(status), ""))
    text = Text(f"{glyph} {word}", style=style)
    if warnings:
        text.append(f" ⚠{warnings}", "bold yellow")
    return text


def date_text(started_at: Any) -> str:
    """'2025-01-31 14:05' from an ISO time ('' when there is none)."""
    return str(started_at or "").replace("T", " ")[:16]


def params_text(params: Any, *, skip: tuple[str, ...] = ("seed",)) -> str:
    """'learning_rate=0.005 num_iterations=600' (the seed has its own column)."""
    if not isinstance(params, dict):
        return ""
    return " ".join(f"{k}={v}" for k, v in params.items() if k not in skip)


def short_id(run_id: str, lesson: str) -> str:
    """The run id without its lesson part: '20250131-140501 ab12'."""
    head, _, tail = run_id.partition(f"-{lesson}-")
    return f"{head} {tail}" if tail else run_id
