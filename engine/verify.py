"""Prove every lesson sound: the reference passes, the stub fails, each classic mistake fails.

A known-wrong variant file holds only the broken function(s); it is appended to the reference
solution, so the later definition replaces the correct one and everything else stays right.
The variant must then fail at least one *hidden* test of its own exercise.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import asdict, dataclass

from engine.api import Engine
from engine.checking import CheckReport
from lessons.catalog import Exercise, Lesson
from lessons.stubs import StubError, make_stub


@dataclass
class Finding:
    lesson_id: str
    subject: str  # "format" | "solution" | "stub" | "wrong:<file>"
    ok: bool
    detail: str

    def to_json(self) -> dict:
        return asdict(self)


def _failure_text(report: CheckReport) -> str:
    if report.problem:
        return report.problem
    failed = report.first_failure()
    return f"{failed.tier} {failed.name}: {failed.message[:300]}" if failed else "no tests ran"


def _hidden_fails(report: CheckReport, exercise: str) -> bool:
    return any(t.tier == "hidden" and t.exercise == exercise and t.status != "passed"
               for t in report.tests) or (report.problem is not None)


def _defines(source: str, function: str) -> bool:
    return any(isinstance(node, ast.FunctionDef) and node.name == function
               for node in ast.parse(source).body)


def _structure(lesson: Lesson, report: CheckReport) -> list[str]:
    problems = []
    for test in report.tests:
        if test.exercise is None:
            problems.append(f"test {test.name} is not named test_<function>... for any exercise")
        if test.tier == "hidden" and not test.has_hint:
            problems.append(f"hidden test {test.name} has no docstring hint")
    for exercise in lesson.exercises:
        for tier in ("public", "hidden"):
            if not any(t.tier == tier and t.exercise == exercise.function for t in report.tests):
                problems.append(f"exercise {exercise.function} has no {tier} test")
    return problems


def _verify_wrong(engine: Engine, lesson: Lesson, exercise: Exercise,
                  solution: str) -> list[Finding]:
    findings = []
    for variant in exercise.wrong:
        subject = f"wrong:{variant.label}"
        if variant.path is not None and not _defines(variant.path.read_text(encoding="utf-8"),
                                                      exercise.function):
            findings.append(Finding(lesson.id, subject, False,
                                    f"does not define {exercise.function}()"))
            continue
        report = engine.check_source(lesson, variant.apply(solution))
        ok = _hidden_fails(report, exercise.function)
        detail = (f"rejected ({variant.mistake})" if ok else
                  f"PASSES the hidden tests of {exercise.function}: {variant.mistake}")
        findings.append(Finding(lesson.id, subject, ok, detail))
    return findings


def verify_lesson(engine: Engine, lesson: Lesson) -> list[Finding]:
    solution = lesson.solution_path.read_text(encoding="utf-8")
    try:
        stub = make_stub(solution)
    except StubError as exc:
        return [Finding(lesson.id, "format", False, f"solution.py markers: {exc}")]
    reference = engine.check_source(lesson, solution)
    findings = [Finding(lesson.id, "solution", reference.passed,
                        reference.summary() if reference.passed else _failure_text(reference))]
    problems = _structure(lesson, reference)
    findings.append(Finding(lesson.id, "format", not problems, "; ".join(problems) or "ok"))
    stub_report = engine.check_source(lesson, stub)
    unfailed = [e.function for e in lesson.exercises
                if not _hidden_fails(stub_report, e.function)]
    if stub_report.problem is not None:
        stub_ok, stub_detail = False, f"the stub itself is broken: {stub_report.problem}"
    elif unfailed:
        stub_ok = False
        stub_detail = f"the stub passes the hidden tests of {', '.join(unfailed)}"
    else:
        stub_ok, stub_detail = not stub_report.passed, f"fails ({stub_report.summary()})"
    findings.append(Finding(lesson.id, "stub", stub_ok, stub_detail))
    for exercise in lesson.exercises:
        findings.extend(_verify_wrong(engine, lesson, exercise, solution))
    return findings


def verify(engine: Engine, lessons: list[Lesson],
           on_finding: Callable[[Finding], None] | None = None) -> list[Finding]:
    findings = []
    for lesson in lessons:
        for finding in verify_lesson(engine, lesson):
            findings.append(finding)
            if on_finding is not None:
                on_finding(finding)
    return findings
