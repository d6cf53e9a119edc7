"""The results panel: tier counts, what to fix first, hints, and every test of the last check.

The first failure is highlighted when a report arrives and its diagnosis and hint are shown
at the top, because that is what the learner needs next. Moving through the test list shows
each test's detail. Status is always a glyph and a word.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from engine.checking import TIERS, CheckReport, TestOutcome
from tui.css import css_beside
from tui.format import FAIL, PASS, failure_lines, tier_summary

TEST_MARKS = {"passed": (PASS, "pass", "green"), "failed": (FAIL, "fail", "red"),
              "error": (FAIL, "error", "red"), "not-run": ("·", "not run", "dim")}
_QUIET_KEYS = {"check", "name"}


def test_prompt(test: TestOutcome) -> Text:
    """One row of the test list: '✗ fail  hidden test_double_array'."""
    glyph, word, style = TEST_MARKS.get(test.status, ("?", test.status, ""))
    text = Text(f"{glyph} {word:<5} ", style=style)
    text.append(f"{test.tier} ", "dim")
    text.append(test.name)
    return text


def diagnosis_line(test: TestOutcome) -> Text | None:
    """The numeric diagnosis (shape, dtype, errors), when the message does not already say it
    (the engine's messages usually spell the diagnosis out in words)."""
    if not test.diagnosis or (test.message or "").strip():
        return None
    items = [f"{k}={v}" for k, v in test.diagnosis.items()
             if k not in _QUIET_KEYS and str(v) not in (test.message or "")]
    return Text("  diagnosis: " + " · ".join(items), style="cyan") if items else None


def exercise_table(report: CheckReport) -> Text:
    """Per exercise: a mark and its passed/total in each tier, in columns that fit a narrow
    panel ('✗ basic_sigmoid  0/1  0/5')."""
    names = list(dict.fromkeys(t.exercise or "?" for t in report.tests))
    if not names:
        return Text("")
    width = max(len(n) for n in names) + 1
    text = Text(" " * (width + 2) + "public hidden", style="dim")
    for name in names:
        tests = [t for t in report.tests if (t.exercise or "?") == name]
        ok = all(t.status == "passed" for t in tests)
        text.append(f"\n{PASS if ok else FAIL} {name:<{width}}", "green" if ok else "red")
        for tier in TIERS:
            tier_tests = [t for t in tests if t.tier == tier]
            good = sum(t.status == "passed" for t in tier_tests)
            text.append(f"{f'{good}/{len(tier_tests)}':>6} ")
    return text


def test_detail(test: TestOutcome) -> list[Text]:
    if test.status == "passed":
        return [Text(f"{PASS} {test.tier} · {test.name} passed", style="green")]
    lines = failure_lines(test)
    extra = diagnosis_line(test)
    if extra is not None:
        lines.append(extra)
    return lines


class ResultsPanel(VerticalScroll):
    """Shows 'checking…', a report, an engine error, and the hints revealed so far."""

    DEFAULT_CSS = css_beside(__file__)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.report: CheckReport | None = None
        self.state = "empty"  # empty | checking | report | error

    def compose(self) -> ComposeResult:
        yield Static(Text("No check yet: press ctrl+r (or f5) to run the tests.", style="dim"),
                     id="results-summary")
        for name in ("detail", "hints", "exercises"):
            static = Static("", id=f"results-{name}")
            static.display = False
            yield static
        tests = OptionList(id="results-tests")
        tests.display = False
        yield tests
        output = Static("", id="results-output")
        output.display = False
        yield output

    def _static(self, name: str) -> Static:
        return self.query_one(f"#results-{name}", Static)

    def _set(self, name: str, content: Text | str) -> None:
        """Update a part; an empty part takes no room (no stray blank lines)."""
        static = self._static(name)
        static.update(content)
        static.display = bool(str(content))

    @property
    def tests(self) -> OptionList:
        return self.query_one("#results-tests", OptionList)

    def show_checking(self) -> None:
        """Shown the moment the learner asks for a check, before any work starts."""
        self.state = "checking"
        self._static("summary").update(Text("… checking your code", style="bold yellow"))
        self.add_class("-stale")

    def show_error(self, message: str) -> None:
        self.state = "error"
        self.remove_class("-stale")
        self._static("summary").update(Text(f"{FAIL} {message}", style="bold red"))

    def show_last(self, public: tuple[int, int], hidden: tuple[int, int], passed: bool) -> None:
        """The counts remembered from the last session's check, until a new one runs."""
        if public[1] == 0 and hidden[1] == 0:
            return
        text = Text(f"last check: public {public[0]}/{public[1]} · hidden "
                    f"{hidden[0]}/{hidden[1]}", style="bold")
        text.append(f"  {PASS} passed" if passed else "  not yet passed",
                    "green" if passed else "yellow")
        text.append("\nPress ctrl+r to check again and see each test.", "dim")
        self._static("summary").update(text)

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.state = "report"
        self.remove_class("-stale")
        summary = tier_summary(report)
        if report.problem:
            summary.append(f"\n{FAIL} {report.problem}", "bold red")
        if report.passed:
            summary.append(f"\n{PASS} Every test passes. ctrl+n: next lesson · "
                           "f3: compare with the reference", "green")
        self._static("summary").update(summary)
        self._set("exercises", exercise_table(report))
        tests = self.tests
        tests.clear_options()
        tests.add_options(Option(test_prompt(t), id=str(i)) for i, t in enumerate(report.tests))
        tests.display = bool(report.tests)
        first = report.first_failure()
        index = report.tests.index(first) if first is not None else 0
        if report.tests:
            tests.highlighted = index
        self._show_test(first)
        output = report.output.rstrip()
        shown = Text("\n".join(output.splitlines()[-20:]))
        self._set("output", Text("your output:\n", style="bold") + shown if output else "")
        self.scroll_home(animate=False)

    def _show_test(self, test: TestOutcome | None) -> None:
        lines = test_detail(test) if test is not None else []
        self._set("detail", Text("\n").join(lines))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.report is not None and event.option_id is not None:
            index = int(event.option_id)
            if index < len(self.report.tests):
                self._show_test(self.report.tests[index])

    def show_hints(self, exercise: str, revealed: list[str], rungs: int) -> None:
        """The hint ladder so far for one exercise, newest last."""
        if not revealed:
            self._set("hints", "")
            return
        text = Text(f"hints for {exercise} ({len(revealed)}/{rungs})", style="bold yellow")
        for number, hint in enumerate(revealed, start=1):
            text.append(f"\n  {number}. {hint}")
        if len(revealed) >= rungs:
            text.append("\n  That was the last hint. Still stuck? f3 lets you give up and "
                        "see the reference (after a confirmation).", "dim")
        self._set("hints", text)

    def clear(self) -> None:
        self.report = None
        self.state = "empty"
        self.remove_class("-stale")
        self._static("summary").update(
            Text("No check yet: press ctrl+r (or f5) to run the tests.", style="dim"))
        for name in ("detail", "hints", "exercises", "output"):
            self._set(name, "")
        self.tests.clear_options()
        self.tests.display = False

    def summary_text(self) -> str:
        """The summary as plain text (what a screen reader or a test would read)."""
        return str(self._static("summary").render())
