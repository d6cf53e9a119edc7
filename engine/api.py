"""The one engine API that the CLI and the app both call: no logic lives twice.

Blocking calls, safe to run from a worker thread: they only wait on child processes and files.
``on_event`` callbacks run on the calling thread; a UI turns them into messages.
"""

from __future__ import annotations

import difflib
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine._limits import Limits
from engine._proc import ColdLauncher, JobOutcome, WarmWorker, default_env, run_job
from engine.checking import CheckReport, build_report
from engine.events import SCHEMA_VERSION, NewerSchemaError
from engine.runs import (
    RunSummary,
    RunWriter,
    SavedRun,
    code_hash,
    delete_run,
    find_run,
    new_run_id,
    read_run,
    summarize_all,
)
from engine.workspace import Progress, Workspace, default_root, now_iso, stub_text
from lessons.catalog import Catalog, Lesson, load_catalog
from lessons.stubs import strip_stub_comments

EventCallback = Callable[[dict[str, Any]], None]


class EngineError(Exception):
    """A request the engine refuses, with a message for the learner (CLI exit code 2)."""


@dataclass
class LessonInfo:
    id: str
    title: str
    course: str
    week: str
    kind: str
    covers: list[str]
    status: str
    order: int
    file: str
    has_train: bool


@dataclass
class Hint:
    lesson_id: str
    exercise: str
    rung: int  # 1-based
    rungs: int
    text: str


@dataclass
class TrainResult:
    run_id: str
    folder: Path
    status: str  # completed | stopped | failed
    summary: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


class Engine:
    """Checks, training, hints, solutions and resets for one workspace.

    ``warm=True`` keeps one worker per runtime with numpy/pytest (and TensorFlow) imported, so
    each check is a fork away; the CLI's one-shot commands use fresh children instead.
    """

    def __init__(self, workspace: Workspace | None = None, catalog: Catalog | None = None,
                 *, warm: bool = False) -> None:
        self.workspace = workspace or Workspace(default_root())
        self.catalog = catalog or load_catalog()
        self.warm = warm
        self._env = default_env(keras_home=str(self.workspace.root / ".keras"))
        self._workers: dict[str, WarmWorker] = {}
        self._workers_lock = threading.Lock()

    # --- processes ------------------------------------------------------------------------
    def _launcher(self, runtime: str) -> ColdLauncher | WarmWorker:
        if not self.warm:
            return ColdLauncher(self._env)
        with self._workers_lock:
            worker = self._workers.get(runtime)
            if worker is None:
                worker = self._workers[runtime] = WarmWorker(runtime, self._env)
        return worker

    def prewarm(self, runtime: str) -> None:
        """Start a runtime's worker now (blocking) so the first check is already fast."""
        launcher = self._launcher(runtime)
        if isinstance(launcher, WarmWorker):
            launcher.ensure_started()

    def close(self) -> None:
        with self._workers_lock:
            for worker in self._workers.values():
                worker.close()
            self._workers.clear()

    # --- catalog and progress -------------------------------------------------------------
    def lesson(self, lesson_id: str) -> Lesson:
        try:
            return self.catalog.get(lesson_id)
        except KeyError as exc:
            raise EngineError(str(exc.args[0])) from None

    def progress(self) -> Progress:
        return self.workspace.load_progress()

    def lessons(self) -> list[LessonInfo]:
        progress = self.progress()
        return [LessonInfo(lesson.id, lesson.title, lesson.course, lesson.week, lesson.kind,
                           list(lesson.covers), progress.of(lesson.id).status, lesson.order,
                           str(self.workspace.file_for(lesson)), lesson.train is not None)
                for lesson in self.catalog.lessons]

    def open_lesson(self, lesson_id: str) -> Path:
        """The learner's file for a lesson (created from the stub if new); remembers it."""
        lesson = self.lesson(lesson_id)
        path = self.workspace.ensure_file(lesson)

        def remember(progress: Progress) -> None:
            progress.last_lesson = lesson.id
            if progress.of(lesson.id).status == "not-started":
                progress.edit(lesson.id).status = "in-progress"

        self.workspace.update_progress(remember)
        return path

    # --- checking -------------------------------------------------------------------------
    def dependencies(self, lesson: Lesson, *, own: bool) -> list[dict[str, str]]:
        """Where each earlier lesson's functions come from: the learner's file once that lesson
        has passed (``own``), the reference otherwise."""
        progress = self.progress() if own else None
        resolved = []
        for use in lesson.uses:
            earlier = self.catalog.get(use.lesson)
            mine = self.workspace.file_for(earlier)
            yours = (progress is not None and progress.of(earlier.id).status == "passed"
                     and mine.exists())
            resolved.append({"lesson": earlier.id, "module": use.module,
                             "path": str(mine if yours else earlier.solution_path),
                             "fallback": str(earlier.solution_path),
                             "source": "yours" if yours else "reference"})
        return resolved

    def check_source(self, lesson: Lesson, source: str, *, on_event: EventCallback | None = None,
                     cancel: threading.Event | None = None,
                     own_dependencies: bool = False) -> CheckReport:
        """Run both tiers against ``source`` in a limited child. Records nothing.

        Earlier lessons' functions come from the reference unless ``own_dependencies``.
        """
        limits = Limits(lesson.check_seconds, lesson.memory_mb)
        job_dir = Path(tempfile.mkdtemp(prefix="dls-check-"))
        try:
            submission = job_dir / "submission.py"
            submission.write_text(source, encoding="utf-8")
            spec = {"kind": "check", "runtime": lesson.runtime, "cwd": str(job_dir),
                    "submission": str(submission), "lesson_dir": str(lesson.folder),
                    "reference": str(lesson.solution_path),
                    "tests": [["public", str(lesson.public_tests)],
                              ["hidden", str(lesson.hidden_tests)]],
                    "uses": self.dependencies(lesson, own=own_dependencies)}
            outcome = run_job(self._launcher(lesson.runtime), spec, limits, on_event, cancel)
            return build_report(lesson, outcome, limits)
        finally:
            shutil.rmtree(job_dir, ignore_errors=True)

    def check(self, lesson_id: str, file: Path | None = None, *,
              on_event: EventCallback | None = None,
              cancel: threading.Event | None = None) -> CheckReport:
        """Check the learner's workspace file (or ``file``) and record the outcome."""
        lesson = self.lesson(lesson_id)
        path = file if file is not None else self.workspace.ensure_file(lesson)
        try:
            source = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise EngineError(f"{path} does not exist; `dls-tui reset {lesson.id}` "
                              "restores the stub") from None
        except UnicodeDecodeError:
            raise EngineError(f"{path} is not UTF-8 text") from None
        report = self.check_source(lesson, source, on_event=on_event, cancel=cancel,
                                   own_dependencies=True)
        if not path.exists():
            report.passed = False
            report.problem = (f"{path} was deleted during the check; these results are for the "
                              "code as it was when the check started, and nothing was recorded")
            return report
        self._record(lesson, report)
        return report

    def _record(self, lesson: Lesson, report: CheckReport) -> None:
        def apply(progress: Progress) -> None:
            entry = progress.edit(lesson.id)
            entry.public = report.counts("public")
            entry.hidden = report.counts("hidden")
            entry.last_checked = now_iso()
            entry.failing = sorted({t.exercise for t in report.tests
                                    if t.status != "passed" and t.exercise})
            if report.passed:
                entry.status = "passed"
                entry.passed_at = entry.passed_at or now_iso()
            elif entry.status != "passed":
                entry.status = "in-progress"

        self.workspace.update_progress(apply)

    # --- hints and solutions --------------------------------------------------------------
    def default_exercise(self, lesson_id: str) -> str:
        """The exercise hints are about by default: the first failing one, else the first."""
        return self._default_exercise(self.lesson(lesson_id))

    def can_give_up(self, lesson_id: str) -> bool:
        """Whether ``solution(give_up=True)`` would be allowed now."""
        lesson = self.lesson(lesson_id)
        function = self._default_exercise(lesson)
        entry = self.progress().of(lesson.id)
        return entry.hints.get(function, 0) >= len(lesson.exercise(function).hints)

    def _default_exercise(self, lesson: Lesson) -> str:
        failing = self.progress().of(lesson.id).failing
        order = [e.function for e in lesson.exercises]
        return next((f for f in order if f in failing), order[0])

    def hint(self, lesson_id: str, exercise: str | None = None) -> Hint:
        """Reveal the next rung of an exercise's hint ladder (the last one repeats)."""
        lesson = self.lesson(lesson_id)
        function = exercise or self._default_exercise(lesson)
        try:
            hints = lesson.exercise(function).hints
        except KeyError as exc:
            raise EngineError(str(exc.args[0])) from None
        revealed: list[int] = []

        def apply(progress: Progress) -> None:
            entry = progress.edit(lesson.id)
            entry.hints[function] = min(entry.hints.get(function, 0) + 1, len(hints))
            revealed.append(entry.hints[function])

        self.workspace.update_progress(apply)
        rung = revealed[0]
        return Hint(lesson.id, function, rung, len(hints), hints[rung - 1])

    def solution(self, lesson_id: str, *, give_up: bool = False) -> str:
        """The reference as a diff against the learner's file, once it is earned."""
        lesson = self.lesson(lesson_id)
        entry = self.progress().of(lesson.id)
        if entry.status != "passed":
            if not give_up:
                raise EngineError("the solution opens once your file passes the hidden tests "
                                  "(or use --give-up after the last hint)")
            function = self._default_exercise(lesson)
            rungs = len(lesson.exercise(function).hints)
            if not self.can_give_up(lesson.id):
                raise EngineError(f"--give-up needs all {rungs} hints of {function} first "
                                  f"(`dls-tui hint {lesson.id} {function}`)")

            def apply(progress: Progress) -> None:
                gave_up = progress.edit(lesson.id).gave_up
                if function not in gave_up:
                    gave_up.append(function)

            self.workspace.update_progress(apply)
        mine_path = self.workspace.ensure_file(lesson)
        mine = mine_path.read_text(encoding="utf-8").splitlines(keepends=True)
        ref = strip_stub_comments(lesson.solution_path.read_text(encoding="utf-8"))
        diff = difflib.unified_diff(mine, ref.splitlines(keepends=True),
                                    fromfile=f"your file ({mine_path.name})",
                                    tofile="reference solution")
        return "".join(diff) or "Your file is identical to the reference solution.\n"

    def reset(self, lesson_id: str) -> Path | None:
        """Restore the stub; returns the backup of the learner's file (None if there was none)."""
        return self.workspace.reset(self.lesson(lesson_id))

    # --- training -------------------------------------------------------------------------
    def train_params(self, lesson: Lesson, overrides: dict[str, str]) -> dict[str, Any]:
        """The lesson's defaults with ``--set key=value`` overrides, typed like the defaults."""
        if lesson.train is None:
            raise EngineError(f"lesson {lesson.id} has no training step")
        params = dict(lesson.train.params)
        for key, raw in overrides.items():
            if key not in params:
                raise EngineError(f"unknown parameter {key!r}; this lesson takes: "
                                  f"{', '.join(sorted(params))}")
            params[key] = _coerce(key, raw, params[key])
        return params

    def train(self, lesson_id: str, *, overrides: dict[str, str] | None = None,
              file: Path | None = None, on_event: EventCallback | None = None,
              cancel: threading.Event | None = None) -> TrainResult:
        """Run the lesson's train entry with the learner's functions; every event is saved."""
        lesson = self.lesson(lesson_id)
        params = self.train_params(lesson, overrides or {})
        assert lesson.train is not None
        path = file if file is not None else self.workspace.ensure_file(lesson)
        try:
            code = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise EngineError(f"{path} does not exist") from None
        uses = self.dependencies(lesson, own=True)
        run_id = new_run_id(lesson.id)
        writer = RunWriter(self.workspace.runs_dir, run_id, code)
        start = {"v": SCHEMA_VERSION, "type": "run_start", "t": 0.0, "lesson": lesson.id,
                 "run_id": run_id, "seed": params["seed"], "params": params,
                 "code_sha256": code_hash(code), "started_at": now_iso(),
                 "entry": lesson.train.entry.name, "title": lesson.title,
                 "uses": {u["module"]: u["source"] for u in uses}}

        def record(event: dict[str, Any]) -> None:
            if event["type"] == "done":
                event.setdefault("ended_at", now_iso())
            writer.write(event)
            if on_event is not None:
                on_event(event)

        record(start)
        spec = {"kind": "train", "runtime": lesson.runtime, "cwd": str(writer.folder),
                "submission": str(writer.folder / "code.py"), "lesson_dir": str(lesson.folder),
                "entry": str(lesson.train.entry), "params": params,
                "run_dir": str(writer.folder), "uses": uses}
        limits = Limits(lesson.train.seconds, lesson.memory_mb, output_bytes=20_000_000)
        try:
            outcome = run_job(self._launcher(lesson.runtime), spec, limits, record, cancel)
        finally:
            _close_run(writer, cancel, record)
        return _train_result(run_id, writer.folder, outcome)

    # --- saved runs -----------------------------------------------------------------------
    def run_folder(self, ref: str) -> Path:
        """A saved run by id, unique prefix or "latest"."""
        try:
            return find_run(self.workspace.runs_dir, ref)
        except LookupError as exc:
            raise EngineError(str(exc)) from None

    def open_run(self, ref: str) -> SavedRun:
        try:
            return read_run(self.run_folder(ref))
        except NewerSchemaError as exc:
            raise EngineError(str(exc)) from None

    def runs(self, lesson_id: str | None = None) -> tuple[list[RunSummary], list[str]]:
        """(saved runs newest first, optionally of one lesson; problems naming each run that
        could not be read and why)."""
        summaries, problems = summarize_all(self.workspace.runs_dir)
        return [s for s in summaries if lesson_id is None or s.lesson == lesson_id], problems

    def delete_run(self, ref: str) -> Path:
        folder = self.run_folder(ref)
        delete_run(folder)
        return folder

    # --- helpers for other modules --------------------------------------------------------
    def stub(self, lesson_id: str) -> str:
        return stub_text(self.lesson(lesson_id))


def _close_run(writer: RunWriter, cancel: threading.Event | None,
               record: EventCallback) -> None:
    """Make sure a run ends with ``done`` (saved and reported): a stopped or failed run keeps
    its events."""
    if not writer.finished:
        status = "stopped" if cancel is not None and cancel.is_set() else "failed"
        record({"v": SCHEMA_VERSION, "type": "done", "t": None, "status": status,
                "ended_at": now_iso(), "summary": {}})
    writer.close()


def _train_result(run_id: str, folder: Path, outcome: JobOutcome) -> TrainResult:
    done = next((e for e in reversed(outcome.events) if e["type"] == "done"), None)
    error = next((e["message"] for e in outcome.events if e["type"] == "error"), None)
    status = done["status"] if done else (
        "stopped" if outcome.killed_reason == "cancelled" else "failed")
    if done is None and error is None:
        error = outcome.killed_reason or f"the run ended unexpectedly:\n{outcome.output[-2000:]}"
    return TrainResult(run_id, folder, status, (done or {}).get("summary") or {}, error)


def _coerce(key: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise EngineError(f"{key}={raw!r}: expected a {type(default).__name__}") from None
    return raw
