"""Every way learner code can misbehave ends as a clear failure naming its cause, in time,
and the engine keeps working afterwards."""

from __future__ import annotations

import threading
import time

import pytest

from engine.api import Engine
from lessons.catalog import Lesson

GOOD = "def double(x):\n    return 2 * x\n"

FAULTS = {
    "infinite_loop": ("def double(x):\n    while True:\n        pass\n",
                      "timed out after 3 s (an infinite loop, or far too much work?) while "
                      "running test_double_two (public)"),
    "memory_bomb": ("import numpy as np\n\ndef double(x):\n"
                    "    block = np.ones((60000, 60000))\n    return 2 * x\n", "out of memory"),
    "memory_bomb_at_import": ("hoard = bytearray(50 * 1024**3)\n" + GOOD, "MemoryError"),
    "segfault": ("import ctypes\n\ndef double(x):\n    ctypes.string_at(0)\n    return 2 * x\n",
                 "segmentation fault"),
    "sys_exit_at_import": ("import sys\nsys.exit(0)\n" + GOOD, "sys.exit(0)"),
    "os_exit_at_import": ("import os\nos._exit(0)\n" + GOOD, "ended before reporting"),
    "os_exit_in_test": ("import os\n\ndef double(x):\n    os._exit(0)\n",
                        "ended before reporting"),
    "print_flood": ("def double(x):\n    for _ in range(250_000):\n        print('x' * 40)\n"
                    "    return 2 * x\n", "output limit"),
    "recursion": ("def double(x):\n    return double(x)\n", "RecursionError"),
    "input": ("def double(x):\n    return 2 * int(input('number? '))\n", "input()"),
    "syntax_error": ("def double(x):\n    return 2 * (x\n", "SyntaxError on line"),
    "import_error": ("import no_such_module_for_dls\n" + GOOD, "ModuleNotFoundError"),
}


def _all_text(report) -> str:
    return "\n".join([report.problem or ""] + [t.message for t in report.tests])


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_fault_is_a_clear_failure(fixture_engine: Engine, name: str) -> None:
    lesson: Lesson = fixture_engine.catalog.lessons[0]
    source, cause = FAULTS[name]
    started = time.monotonic()
    report = fixture_engine.check_source(lesson, source)
    elapsed = time.monotonic() - started
    assert not report.passed
    assert cause in _all_text(report), _all_text(report)
    assert elapsed < lesson.check_seconds + 2
    # The engine is unharmed: the next check of a correct file passes.
    assert fixture_engine.check_source(lesson, GOOD).passed


def test_syntax_error_shows_the_line(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    report = fixture_engine.check_source(lesson, FAULTS["syntax_error"][0])
    assert "line 2" in report.problem


def test_cold_children_contain_faults_too(workspace, fixture_catalog) -> None:
    engine = Engine(workspace, fixture_catalog, warm=False)
    lesson = fixture_catalog.lessons[0]
    for name in ("segfault", "os_exit_at_import", "memory_bomb"):
        report = engine.check_source(lesson, FAULTS[name][0])
        assert not report.passed and FAULTS[name][1] in _all_text(report)
    assert engine.check_source(lesson, GOOD).passed


def test_file_deleted_during_check(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    path = fixture_engine.workspace.ensure_file(lesson)
    path.write_text("import time\n\ndef double(x):\n    time.sleep(0.3)\n    return 2 * x\n")
    threading.Timer(0.2, path.unlink).start()
    report = fixture_engine.check(lesson.id)
    assert not report.passed
    assert "deleted during the check" in report.problem
    assert fixture_engine.progress().of(lesson.id).status != "passed"


def test_missing_file_is_a_clear_error(fixture_engine: Engine, tmp_path) -> None:
    from engine.api import EngineError

    with pytest.raises(EngineError, match="does not exist"):
        fixture_engine.check("c1w2.doubling", tmp_path / "nope.py")
