"""Check results as Rich text, shared by the CLI and the app's results panel.

Status is always a glyph and a word, never colour alone.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from rich.markdown import Markdown
from rich.text import Text

from engine.checking import TIERS, CheckReport, TestOutcome

_MAX_DETAILED = 6
PASS = "✓"
FAIL = "✗"


def tier_summary(report: CheckReport) -> Text:
    text = Text()
    for i, tier in enumerate(TIERS):
        passed, total = report.counts(tier)
        ok = report.tier_passed(tier)
        if i:
            text.append(" · ")
        text.append(f"{PASS if ok else FAIL} {tier} {passed}/{total}",
                    style="bold green" if ok else "bold red")
    text.append("   PASSED" if report.passed else "   NOT YET", style="bold")
    return text


def exercise_lines(report: CheckReport) -> list[Text]:
    """One line per exercise: how many of its tests pass in each tier."""
    lines = []
    names = list(dict.fromkeys(t.exercise or "?" for t in report.tests))
    for name in names:
        tests = [t for t in report.tests if (t.exercise or "?") == name]
        ok = all(t.status == "passed" for t in tests)
        line = Text(f"  {PASS if ok else FAIL} {name:<28}", style="green" if ok else "red")
        for tier in TIERS:
            tier_tests = [t for t in tests if t.tier == tier]
            good = sum(t.status == "passed" for t in tier_tests)
            line.append(f" {tier} {good}/{len(tier_tests)}")
        lines.append(line)
    return lines


def failure_lines(test: TestOutcome) -> list[Text]:
    head = Text(f"{FAIL} {test.tier} · {test.name}", style="bold red")
    if test.exercise:
        head.append(f"  ({test.exercise})", style="dim")
    lines = [head]
    if test.hint:
        lines.append(Text(f"  hint: {test.hint}", style="yellow"))
    for row in (test.message or "").splitlines():
        lines.append(Text(f"  {row}"))
    return lines


def report_lines(report: CheckReport) -> list[Text]:
    """The whole report: summary, per-exercise lines, the first failures in detail."""
    lines = [tier_summary(report)]
    if report.problem:
        lines.append(Text(f"{FAIL} {report.problem}", style="bold red"))
    lines.extend(exercise_lines(report))
    failures = [t for t in report.tests if t.status != "passed"]
    for test in failures[:_MAX_DETAILED]:
        lines.append(Text(""))
        lines.extend(failure_lines(test))
    if len(failures) > _MAX_DETAILED:
        lines.append(Text(f"\n… and {len(failures) - _MAX_DETAILED} more failing tests"))
    if report.output.strip():
        lines.append(Text("\nyour output:", style="bold"))
        lines.extend(Text(f"  {row}") for row in report.output.rstrip().splitlines()[-20:])
    return lines


def markdown_parser() -> MarkdownIt:
    """Lesson Markdown with raw HTML off, so the course's notation (a<t>, x<t>, <EOS>) shows as
    text instead of vanishing as an unknown tag."""
    return MarkdownIt("gfm-like", {"html": False})


def explanation_markdown(text: str) -> Markdown:
    """A lesson's explanation for the terminal, parsed like the app parses it."""
    rendered = Markdown(text)
    rendered.parsed = markdown_parser().parse(text)
    return rendered
