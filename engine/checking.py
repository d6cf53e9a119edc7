"""Turning a check job's events and ending into a verdict the learner can act on.

The rule that matters: only a child that reported every collected test as passed, said
``check_done`` and exited cleanly has passed. Crashes, timeouts, kills, early exits and
missing tiers are failures that name their cause and the test they hit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from engine._limits import Limits, describe_exit
from engine._proc import JobOutcome
from lessons.catalog import Lesson

TIERS = ("public", "hidden")


@dataclass
class TestOutcome:
    tier: str
    name: str
    exercise: str | None
    status: str  # passed | failed | error | not-run
    message: str = ""
    diagnosis: dict[str, Any] | None = None
    hint: str | None = None
    duration: float = 0.0
    has_hint: bool = False


@dataclass
class CheckReport:
    lesson_id: str
    passed: bool
    tests: list[TestOutcome]
    problem: str | None = None  # why the whole check failed, if it did as a whole
    output: str = ""
    output_bytes: int = 0
    duration: float = 0.0
    notes: list[str] = field(default_factory=list)

    def counts(self, tier: str) -> tuple[int, int]:
        tier_tests = [t for t in self.tests if t.tier == tier]
        return sum(t.status == "passed" for t in tier_tests), len(tier_tests)

    def tier_passed(self, tier: str) -> bool:
        passed, total = self.counts(tier)
        return total > 0 and passed == total and self.problem is None

    def first_failure(self) -> TestOutcome | None:
        return next((t for t in self.tests if t.status != "passed"), None)

    def summary(self) -> str:
        parts = []
        for tier in TIERS:
            passed, total = self.counts(tier)
            mark = "✓" if self.tier_passed(tier) else "✗"
            parts.append(f"{tier} {passed}/{total} {mark}")
        return " · ".join(parts)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["public"] = list(self.counts("public"))
        data["hidden"] = list(self.counts("hidden"))
        return data


def _cause(outcome: JobOutcome, limits: Limits) -> str | None:
    if outcome.killed_reason == "timeout":
        return (f"timed out after {limits.wall_seconds:g} s (an infinite loop, or far too "
                "much work?)")
    if outcome.killed_reason == "output":
        return (f"printed more than {limits.output_bytes // 1000} kB: output limit reached "
                "(a print inside a loop?)")
    if outcome.killed_reason == "cancelled":
        return "stopped before it finished"
    return describe_exit(outcome.returncode)


def build_report(lesson: Lesson, outcome: JobOutcome, limits: Limits) -> CheckReport:
    """Fold the job's events into per-test outcomes and one honest verdict."""
    tests: dict[tuple[str, str], TestOutcome] = {}
    running: tuple[str, str] | None = None
    problem: str | None = None
    finished = False
    for event in outcome.events:
        kind = event["type"]
        if kind == "collected":
            for item in event.get("tests", []):
                key = (item["tier"], item["name"])
                tests[key] = TestOutcome(item["tier"], item["name"],
                                         lesson.exercise_of_test(item["name"]), "not-run",
                                         has_hint=bool(item.get("has_hint")))
        elif kind == "test_start":
            running = (event["tier"], event["name"])
        elif kind == "test_result":
            key = (event["tier"], event["name"])
            status = event["status"] if event["status"] in ("passed", "failed") else "error"
            collected = tests.get(key)
            tests[key] = TestOutcome(
                event["tier"], event["name"], lesson.exercise_of_test(event["name"]), status,
                event.get("message") or "", event.get("diagnosis"), event.get("hint"),
                float(event.get("duration") or 0.0), collected.has_hint if collected else False)
            running = None
        elif kind == "import_error":
            line = f" (line {event['line']})" if event.get("line") else ""
            problem = f"your file could not be imported{line}: {event['message']}"
        elif kind == "check_done":
            finished = True
            if event.get("pytest_exit", 0) in (3, 4):  # internal error, usage error
                problem = f"the test runner failed (pytest exit code {event['pytest_exit']})"
    cause = _cause(outcome, limits)
    if cause is None and not finished and problem is None:
        cause = ("the check ended before reporting its results (did your code call "
                 "os._exit or end the process?)")
    if cause is not None:
        where = f" while running {running[1]} ({running[0]})" if running else ""
        problem = f"{cause}{where}"
        if running in tests:
            tests[running].status = "error"
            tests[running].message = problem
    for test in tests.values():
        if test.status == "not-run":
            test.message = "not run: " + (problem or "the check stopped after an earlier "
                                          "test ran out of memory")
    tiers_seen = {t.tier for t in tests.values()}
    if problem is None and not tiers_seen >= set(TIERS):
        problem = "a test tier reported no tests"
    report = CheckReport(lesson.id, False, list(tests.values()), problem, outcome.output,
                         outcome.output_bytes, outcome.duration, list(outcome.notes))
    report.passed = (problem is None and outcome.returncode == 0 and bool(report.tests)
                     and all(t.status == "passed" for t in report.tests))
    return report
