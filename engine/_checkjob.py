"""The check job, run inside a child: import the learner's file, then run both test tiers.

Results leave the child as events. Hidden-tier messages are made safe here, before they leave:
no test source, no expected values, only the test's written hint, the kind of failure and a
numeric diagnosis.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from engine import testkit
from engine._learner import LoadError, learner_frames, load_dependencies, load_module
from engine.emitter import Emitter

_PYTEST_ARGS = ["-q", "--no-header", "--tb=line", "-p", "no:cacheprovider", "-p", "no:logging",
                "-p", "no:unraisableexception", "-p", "no:threadexception",
                "--noconftest", "--capture=no", "--import-mode=importlib",
                "-W", "ignore::pytest.PytestAssertRewriteWarning"]


def _out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or type(exc).__name__ == "ResourceExhaustedError"


def _hint_of(item: pytest.Item) -> str | None:
    doc = getattr(getattr(item, "function", None), "__doc__", None)
    return " ".join(doc.split()) if doc else None


class _Reporter:
    """A pytest plugin that turns each test's outcome into a test_result event."""

    def __init__(self, emitter: Emitter, tiers: dict[str, str], submission: Path,
                 rootdir: Path, memory_mb: int) -> None:
        self.emitter = emitter
        self.memory_mb = memory_mb
        self.real_stdout = sys.stdout
        self.rootdir = rootdir
        self.tiers = tiers  # test file path -> tier
        self.submission = submission
        self.excinfo: dict[str, Any] = {}
        self.hints: dict[str, str | None] = {}
        self.reported: set[str] = set()

    def _tier(self, path: str) -> str:
        return self.tiers.get(str((self.rootdir / path).resolve()), "public")

    @pytest.hookimpl
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        # pytest's own reporter was given a null stdout while it was configured (its output
        # would mix with the learner's prints); from here on stdout is the learner's again.
        sys.stdout = self.real_stdout

    @pytest.hookimpl
    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            tier = self._tier(str(report.fspath))
            message = "the test file could not be loaded"
            if tier == "public":
                message += f":\n{report.longreprtext[-1500:]}"
            self.emitter.emit("test_result", tier=tier, name=f"<collect {tier}>",
                              status="error", message=message, diagnosis=None, hint=None,
                              duration=0.0)

    @pytest.hookimpl
    def pytest_collection_finish(self, session: pytest.Session) -> None:
        for item in session.items:
            self.hints[item.nodeid] = _hint_of(item)
        tests = [{"tier": self._tier(str(item.path)), "name": item.name,
                  "has_hint": self.hints[item.nodeid] is not None} for item in session.items]
        self.emitter.emit("collected", tests=tests)

    @pytest.hookimpl
    def pytest_runtest_logstart(self, nodeid: str, location: tuple) -> None:
        self.emitter.emit("test_start", tier=self._tier(location[0]),
                          name=nodeid.split("::")[-1])

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        report = yield
        if call.excinfo is not None and report.failed:
            self.excinfo.setdefault(item.nodeid, call.excinfo)
            if _out_of_memory(call.excinfo.value):
                # After a failed huge allocation (TensorFlow's especially) the process is in
                # no state to go on; stop now instead of hanging until the deadline.
                item.session.shouldstop = "a test ran out of memory"
        return report

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.nodeid in self.reported:
            return
        if report.when != "call" and not report.failed:
            return
        self.reported.add(report.nodeid)
        tier = self._tier(report.location[0])
        message, diagnosis = "", None
        if report.failed:
            message, diagnosis = self._explain(report.nodeid, tier)
        self.emitter.emit(
            "test_result", tier=tier, name=report.nodeid.split("::")[-1],
            status="passed" if report.passed else ("skipped" if report.skipped else "failed"),
            message=message, diagnosis=diagnosis,
            hint=self.hints.get(report.nodeid) if report.failed and tier == "hidden" else None,
            duration=round(report.duration, 4))

    def _explain(self, nodeid: str, tier: str) -> tuple[str, dict | None]:
        info = self.excinfo.get(nodeid)
        if info is None:
            return "the test failed", None
        exc = info.value
        public = tier == "public"
        if isinstance(exc, testkit.Mismatch):
            diagnosis = dict(exc.diagnosis)
            if not public:
                for key in testkit.SECRET_KEYS:
                    diagnosis.pop(key, None)
            return testkit.render(exc.diagnosis, show_expected=public), diagnosis
        frames = learner_frames(info.tb, self.submission)
        if _out_of_memory(exc):
            where = f"\n{frames[-1]}" if frames else ""
            return (f"your code ran out of memory: the check allows {self.memory_mb} MB "
                    f"({exc}){where}"), None
        if isinstance(exc, EOFError) and frames:
            return ("your code called input(): exercises get no keyboard input; "
                    "take values from the function's arguments"), None
        if isinstance(exc, AttributeError) and "submission" in str(exc):
            missing = str(exc).rsplit(" ", 1)[-1].strip("'\"")
            return f"your file defines no function or name {missing!r}", None
        if frames:
            where = "\n".join(frames[-3:])
            return f"{type(exc).__name__} in your code: {exc}\n{where}", None
        if isinstance(exc, AssertionError):
            return (str(exc)[-2000:] if public else "an assertion about your result failed"), None
        return f"{type(exc).__name__}: {str(exc)[:300]}", None


def run(spec: dict[str, Any], emitter: Emitter) -> None:
    """Load the submission, load the reference for hidden tests, run the tiers in order."""
    sys.dont_write_bytecode = True
    submission = Path(spec["submission"]).resolve()
    lesson_dir = Path(spec["lesson_dir"]).resolve()
    sys.path.insert(0, str(lesson_dir))
    load_dependencies(spec.get("uses", []), lambda message: None)
    try:
        load_module("submission", submission)
    except LoadError as exc:
        emitter.emit("import_error", message=exc.message, line=exc.line)
        emitter.emit("check_done")
        return
    if spec.get("reference"):
        try:
            load_module("reference", Path(spec["reference"]).resolve())
        except LoadError as exc:
            emitter.emit("import_error", message=f"the lesson's reference solution is broken: "
                                                 f"{exc.message}", line=None)
            emitter.emit("check_done")
            return
    tiers = {str(Path(path).resolve()): tier for tier, path in spec["tests"]}
    reporter = _Reporter(emitter, tiers, submission, lesson_dir,
                         int(spec["limits"]["memory_mb"]))
    args = [*_PYTEST_ARGS, "--rootdir", str(lesson_dir),
            "-c", str(Path(__file__).with_name("_pytest.ini")),
            *(str(Path(p).resolve()) for _tier, p in spec["tests"])]
    with open(os.devnull, "w") as quiet:
        sys.stdout = quiet
        try:
            exit_code = pytest.main(args, plugins=[reporter])
        finally:
            sys.stdout = reporter.real_stdout
    emitter.emit("check_done", pytest_exit=int(exit_code))
