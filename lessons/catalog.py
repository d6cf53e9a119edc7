"""Load and validate every lesson folder into an ordered catalog (course > week > lesson).

A malformed lesson never half-loads: ``LessonError`` names the file and the field at fault.
The format is documented in docs/LESSON_FORMAT.md. Stdlib only: the UI imports this.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

LESSONS_ROOT = Path(__file__).resolve().parent
SYLLABUS_PATH = LESSONS_ROOT / "syllabus.toml"
KINDS = ("topic", "assignment")
RUNTIMES = ("numpy", "tensorflow")
_ID = re.compile(r"^c([1-5])w([1-4])\.(a\.)?[a-z0-9][a-z0-9-]*$")
_DEFAULT_CHECK_S = 20.0
_DEFAULT_TRAIN_S = 900.0
_DEFAULT_MEMORY_MB = 2048


class LessonError(ValueError):
    """A lesson file that cannot be used, with the file and field to fix."""

    def __init__(self, path: Path, field_name: str, problem: str) -> None:
        super().__init__(f"{path}: field '{field_name}': {problem}")
        self.path = path
        self.field = field_name
        self.problem = problem


@dataclass(frozen=True)
class WrongVariant:
    """A known-wrong version of one function; the hidden tier must reject it.

    Either a file holding the broken function (appended to the solution, so it replaces the
    right one), or an exact text substitution in the solution (``replace`` -> ``with``).
    """

    mistake: str
    path: Path | None = None
    replace: str | None = None
    with_: str | None = None

    @property
    def label(self) -> str:
        return self.path.name if self.path else f"replace {self.replace.strip()!r}"

    def apply(self, solution: str) -> str:
        """The solution with this mistake in it."""
        if self.path is not None:
            return f"{solution}\n\n# known-wrong variant\n{self.path.read_text(encoding='utf-8')}"
        assert self.replace is not None and self.with_ is not None
        return solution.replace(self.replace, self.with_, 1)


@dataclass(frozen=True)
class Exercise:
    function: str
    hints: tuple[str, ...]
    wrong: tuple[WrongVariant, ...]


@dataclass(frozen=True)
class Use:
    """An earlier lesson whose functions this one imports, under a module name."""

    lesson: str
    module: str


@dataclass(frozen=True)
class TrainSpec:
    entry: Path
    params: dict[str, Any]
    seconds: float
    description: str


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    kind: str
    covers: tuple[str, ...]
    order: int
    runtime: str
    folder: Path
    exercises: tuple[Exercise, ...]
    check_seconds: float
    memory_mb: int
    train: TrainSpec | None = None
    uses: tuple[Use, ...] = ()

    @property
    def course(self) -> str:
        return self.id.split("w", 1)[0]

    @property
    def week(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def explanation_path(self) -> Path:
        return self.folder / "explanation.md"

    @property
    def solution_path(self) -> Path:
        return self.folder / "solution.py"

    @property
    def public_tests(self) -> Path:
        return self.folder / "test_public.py"

    @property
    def hidden_tests(self) -> Path:
        return self.folder / "test_hidden.py"

    @property
    def workspace_name(self) -> str:
        """Relative path of the learner's copy inside the workspace."""
        return f"{self.folder.parent.parent.name}/{self.folder.parent.name}/{self.folder.name}.py"

    def exercise(self, function: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.function == function:
                return exercise
        raise KeyError(f"lesson {self.id} has no exercise {function!r}")

    def exercise_of_test(self, test_name: str) -> str | None:
        """Tests are named test_<function>...; the longest matching function wins."""
        matches = [e.function for e in self.exercises
                   if test_name == f"test_{e.function}"
                   or test_name.startswith(f"test_{e.function}_")
                   or test_name.startswith(f"test_{e.function}[")]
        return max(matches, key=len) if matches else None


def _require(data: dict, key: str, kind: type | tuple[type, ...], path: Path,
             prefix: str = "") -> Any:
    name = f"{prefix}{key}"
    if key not in data:
        raise LessonError(path, name, "is missing")
    value = data[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise LessonError(path, name, f"must be {expected}, not {type(value).__name__}")
    return value


def _text_list(data: dict, key: str, path: Path, prefix: str = "") -> tuple[str, ...]:
    values = _require(data, key, list, path, prefix)
    for i, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise LessonError(path, f"{prefix}{key}[{i}]", "must be a non-empty string")
    return tuple(values)


def _load_wrong(item: Any, field_name: str, folder: Path, path: Path,
                solution: str) -> WrongVariant:
    if not isinstance(item, dict):
        raise LessonError(path, field_name, "must be a table with mistake and file "
                                            "(or replace and with)")
    mistake = _require(item, "mistake", str, path, f"{field_name}.")
    if "file" in item:
        variant = folder / _require(item, "file", str, path, f"{field_name}.")
        if not variant.is_file():
            raise LessonError(path, f"{field_name}.file", f"{variant} does not exist")
        return WrongVariant(mistake, path=variant)
    old = _require(item, "replace", str, path, f"{field_name}.")
    new = _require(item, "with", str, path, f"{field_name}.")
    count = solution.count(old)
    if count != 1:
        raise LessonError(path, f"{field_name}.replace",
                          f"must occur exactly once in solution.py, occurs {count} times")
    return WrongVariant(mistake, replace=old, with_=new)


def _load_exercise(raw: Any, index: int, folder: Path, path: Path) -> Exercise:
    prefix = f"exercise[{index}]."
    if not isinstance(raw, dict):
        raise LessonError(path, f"exercise[{index}]", "must be a table")
    function = _require(raw, "function", str, path, prefix)
    if not function.isidentifier():
        raise LessonError(path, f"{prefix}function", f"{function!r} is not a Python name")
    hints = _text_list(raw, "hints", path, prefix)
    if not 3 <= len(hints) <= 4:
        raise LessonError(path, f"{prefix}hints", f"needs 3 or 4 rungs, has {len(hints)}")
    wrong_raw = _require(raw, "wrong", list, path, prefix)
    solution = (folder / "solution.py").read_text(encoding="utf-8") \
        if (folder / "solution.py").is_file() else ""
    wrong = [_load_wrong(item, f"{prefix}wrong[{j}]", folder, path, solution)
             for j, item in enumerate(wrong_raw)]
    if len(wrong) < 3:
        raise LessonError(path, f"{prefix}wrong", f"needs at least 3 variants, has {len(wrong)}")
    return Exercise(function, hints, tuple(wrong))


def _load_train(raw: Any, folder: Path, path: Path) -> TrainSpec:
    if not isinstance(raw, dict):
        raise LessonError(path, "train", "must be a table")
    entry = folder / _require(raw, "entry", str, path, "train.")
    if not entry.is_file():
        raise LessonError(path, "train.entry", f"{entry} does not exist")
    params = dict(_require(raw, "params", dict, path, "train."))
    if not isinstance(params.get("seed"), int):
        raise LessonError(path, "train.params.seed", "an integer seed is required")
    seconds = float(raw.get("seconds", _DEFAULT_TRAIN_S))
    return TrainSpec(entry, params, seconds, str(raw.get("description", "")))


def _load_uses(raw: Any, path: Path) -> tuple[Use, ...]:
    if not isinstance(raw, list):
        raise LessonError(path, "uses", "must be an array of tables")
    uses = []
    for i, item in enumerate(raw):
        prefix = f"uses[{i}]."
        if not isinstance(item, dict):
            raise LessonError(path, f"uses[{i}]", "must be a table with lesson and module")
        module = _require(item, "module", str, path, prefix)
        if not module.isidentifier():
            raise LessonError(path, f"{prefix}module", f"{module!r} is not a module name")
        uses.append(Use(_require(item, "lesson", str, path, prefix), module))
    return tuple(uses)


def load_lesson(folder: Path, root: Path = LESSONS_ROOT) -> Lesson:
    """Read and validate one lesson folder (``root`` holds the c<N>/w<N> folders)."""
    folder, root = folder.absolute(), root.absolute()  # absolute, but symlinks kept
    path = folder / "lesson.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LessonError(path, "(file)", "lesson.toml is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise LessonError(path, "(syntax)", str(exc)) from None
    lesson_id = _require(data, "id", str, path)
    match = _ID.match(lesson_id)
    if not match:
        raise LessonError(path, "id", f"{lesson_id!r} is not like 'c1w2.some-name'")
    expected_folder = f"c{match.group(1)}/w{match.group(2)}"
    if folder.parent.relative_to(root).as_posix() != expected_folder:
        raise LessonError(path, "id", f"{lesson_id!r} belongs under lessons/{expected_folder}/")
    kind = _require(data, "kind", str, path)
    if kind not in KINDS:
        raise LessonError(path, "kind", f"must be one of {KINDS}, not {kind!r}")
    runtime = data.get("runtime", "numpy")
    if runtime not in RUNTIMES:
        raise LessonError(path, "runtime", f"must be one of {RUNTIMES}, not {runtime!r}")
    covers = _text_list(data, "covers", path)
    if not covers:
        raise LessonError(path, "covers", "must list at least one syllabus id")
    raw_exercises = _require(data, "exercise", list, path)
    exercises = tuple(_load_exercise(raw, i, folder, path) for i, raw in enumerate(raw_exercises))
    if not exercises:
        raise LessonError(path, "exercise", "a lesson needs at least one exercise")
    limits = data.get("limits", {})
    for name in ("explanation.md", "solution.py", "test_public.py", "test_hidden.py"):
        if not (folder / name).is_file():
            raise LessonError(folder / name, "(file)", f"{name} is missing from the lesson")
    return Lesson(
        id=lesson_id, title=_require(data, "title", str, path), kind=kind, covers=covers,
        order=_require(data, "order", int, path), runtime=runtime, folder=folder,
        exercises=exercises,
        check_seconds=float(limits.get("check_seconds", _DEFAULT_CHECK_S)),
        memory_mb=int(limits.get("memory_mb", _DEFAULT_MEMORY_MB)),
        train=_load_train(data["train"], folder, path) if "train" in data else None,
        uses=_load_uses(data.get("uses", []), path))


@dataclass(frozen=True)
class Week:
    id: str
    title: str
    topics: tuple[tuple[str, str], ...]
    assignments: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    weeks: tuple[Week, ...]


def load_syllabus(path: Path = SYLLABUS_PATH) -> tuple[Course, ...]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Course(c["id"], c["title"], tuple(
            Week(w["id"], w["title"], tuple(map(tuple, w["topics"])),
                 tuple(map(tuple, w["assignments"])))
            for w in c["week"]))
        for c in data["course"])


@dataclass
class Catalog:
    """Every lesson, ordered course > week > order, with the syllabus they cover."""

    lessons: list[Lesson]
    courses: tuple[Course, ...]
    by_id: dict[str, Lesson] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {}
        for lesson in self.lessons:
            if lesson.id in self.by_id:
                raise LessonError(lesson.folder / "lesson.toml", "id",
                                  f"{lesson.id!r} is also used by {self.by_id[lesson.id].folder}")
            self.by_id[lesson.id] = lesson
        known = self.syllabus_ids
        for lesson in self.lessons:
            for i, use in enumerate(lesson.uses):
                if use.lesson not in self.by_id:
                    raise LessonError(lesson.folder / "lesson.toml", f"uses[{i}].lesson",
                                      f"no lesson {use.lesson!r}")
            for i, covered in enumerate(lesson.covers):
                if covered not in known:
                    raise LessonError(lesson.folder / "lesson.toml", f"covers[{i}]",
                                      f"{covered!r} is not a syllabus id")

    @cached_property
    def syllabus_ids(self) -> set[str]:
        return {item[0] for course in self.courses for week in course.weeks
                for item in (*week.topics, *week.assignments)}

    def get(self, lesson_id: str) -> Lesson:
        try:
            return self.by_id[lesson_id]
        except KeyError:
            raise KeyError(f"no lesson {lesson_id!r}; see `dls-tui list`") from None

    def uncovered(self, prefix: str = "") -> list[str]:
        claimed = {c for lesson in self.lessons for c in lesson.covers}
        return sorted(i for i in self.syllabus_ids if i.startswith(prefix) and i not in claimed)

    def next_after(self, lesson_id: str) -> Lesson | None:
        index = self.lessons.index(self.get(lesson_id))
        return self.lessons[index + 1] if index + 1 < len(self.lessons) else None


def _sort_key(lesson: Lesson) -> tuple:
    course, week = lesson.week[1], lesson.week[3]
    return (int(course), int(week), lesson.order, lesson.id)


def load_catalog(root: Path = LESSONS_ROOT) -> Catalog:
    """Every lesson under ``root``; raises LessonError for the first malformed one."""
    folders = sorted(p.parent for p in root.glob("c[1-5]/w[1-4]/*/lesson.toml"))
    lessons = sorted((load_lesson(folder, root) for folder in folders), key=_sort_key)
    return Catalog(lessons, load_syllabus())
