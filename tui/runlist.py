"""The runs table's data: every saved run summarized, and a clear line for each one that is not.

The engine's ``summarize_all`` names each unreadable run (written by a newer dls-tui, or
unreadable on disk) with its reason while every other run is still listed. Blocking (reads
every events file): the app calls it from a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from engine.runs import RunSummary, summarize_all


def load_runs(runs_dir: Path) -> tuple[list[RunSummary], list[str]]:
    """(summaries newest first, problems): a problem says which run was left out and why."""
    return summarize_all(runs_dir)


def matches(summary: RunSummary, text: str) -> bool:
    """The filter: the lesson id or title contains ``text`` (case-insensitive); '' matches all."""
    wanted = text.strip().lower()
    return not wanted or wanted in str(summary.lesson).lower() \
        or wanted in str(summary.title).lower()
