"""The learner's workspace: editable exercise files, progress, backups and saved runs.

Nothing here ever loses the learner's work: every write is atomic (temp file, fsync, rename),
reset keeps a timestamped backup, and a corrupt progress file is moved aside with a message
instead of being silently replaced. Progress updates take a file lock, so the app and the CLI
can run at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lessons.catalog import Lesson
from lessons.stubs import make_stub

PROGRESS_VERSION = 1
STATUSES = ("not-started", "in-progress", "passed")


def default_root() -> Path:
    """$DLS_WORKSPACE, else $XDG_DATA_HOME/dls-tui, else ~/.local/share/dls-tui."""
    if os.environ.get("DLS_WORKSPACE"):
        return Path(os.environ["DLS_WORKSPACE"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dls-tui"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def atomic_write_text(path: Path, text: str) -> None:
    """Write a whole file or nothing: a crash mid-write leaves the old file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@dataclass
class Workspace:
    """A folder the learner owns. Created on first use."""

    root: Path
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = self.root.expanduser().resolve()
        for folder in (self.exercises_dir, self.runs_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)

    @property
    def exercises_dir(self) -> Path:
        return self.root / "exercises"

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def progress_path(self) -> Path:
        return self.root / "progress.json"

    # --- exercise files -------------------------------------------------------------------
    def file_for(self, lesson: Lesson) -> Path:
        return self.exercises_dir / lesson.workspace_name

    def ensure_file(self, lesson: Lesson) -> Path:
        """The learner's copy, created from the stub the first time it is needed."""
        path = self.file_for(lesson)
        if not path.exists():
            atomic_write_text(path, stub_text(lesson))
        return path

    def save_file(self, lesson: Lesson, text: str) -> None:
        atomic_write_text(self.file_for(lesson), text)

    def reset(self, lesson: Lesson) -> Path | None:
        """Restore the stub; the learner's current file is kept as a timestamped backup."""
        path = self.file_for(lesson)
        backup = None
        if path.exists():
            backup = self.backups_dir / lesson.workspace_name.replace(".py", f".{_stamp()}.py")
            backup.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, backup)
        atomic_write_text(path, stub_text(lesson))
        self.update_progress(lambda p: p.lessons.pop(lesson.id, None))
        return backup

    # --- progress -------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.root / ".progress.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def load_progress(self) -> Progress:
        """Read progress; a corrupt file is moved aside (and said so), never overwritten."""
        path = self.progress_path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Progress.from_json(data)
        except FileNotFoundError:
            return Progress()
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as exc:
            aside = path.with_name(f"progress.corrupt-{_stamp()}.json")
            os.replace(path, aside)
            message = (f"Your progress file {path} could not be read ({exc}); it was moved to "
                       f"{aside} and progress starts afresh. Your exercise files are untouched.")
            self.warnings.append(message)
            return Progress()

    def update_progress(self, change: Callable[[Progress], Any]) -> Progress:
        """Apply ``change`` to the stored progress under a lock and save it atomically."""
        with self._locked():
            progress = self.load_progress()
            change(progress)
            atomic_write_text(self.progress_path, json.dumps(progress.to_json(), indent=2))
            return progress


def stub_text(lesson: Lesson) -> str:
    return make_stub(lesson.solution_path.read_text(encoding="utf-8"))


@dataclass
class LessonProgress:
    status: str = "not-started"
    public: tuple[int, int] = (0, 0)
    hidden: tuple[int, int] = (0, 0)
    hints: dict[str, int] = field(default_factory=dict)
    gave_up: list[str] = field(default_factory=list)
    failing: list[str] = field(default_factory=list)
    last_checked: str | None = None
    passed_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "public": list(self.public), "hidden": list(self.hidden),
                "hints": self.hints, "gave_up": self.gave_up, "failing": self.failing,
                "last_checked": self.last_checked, "passed_at": self.passed_at}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LessonProgress:
        status = data["status"]
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        return cls(status, tuple(data["public"]), tuple(data["hidden"]),
                   {str(k): int(v) for k, v in data.get("hints", {}).items()},
                   list(data.get("gave_up", [])), list(data.get("failing", [])),
                   data.get("last_checked"),
                   data.get("passed_at"))


@dataclass
class Progress:
    lessons: dict[str, LessonProgress] = field(default_factory=dict)
    last_lesson: str | None = None

    def of(self, lesson_id: str) -> LessonProgress:
        return self.lessons.get(lesson_id) or LessonProgress()

    def edit(self, lesson_id: str) -> LessonProgress:
        return self.lessons.setdefault(lesson_id, LessonProgress())

    def to_json(self) -> dict[str, Any]:
        return {"version": PROGRESS_VERSION, "last_lesson": self.last_lesson,
                "lessons": {k: v.to_json() for k, v in sorted(self.lessons.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Progress:
        if data.get("version") != PROGRESS_VERSION:
            raise ValueError(f"unsupported progress version {data.get('version')!r}")
        return cls({k: LessonProgress.from_json(v) for k, v in data["lessons"].items()},
                   data.get("last_lesson"))
