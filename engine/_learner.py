"""Loading the learner's file inside a child, and explaining its failures in its own terms."""

from __future__ import annotations

import importlib.util
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, TracebackType


class LoadError(Exception):
    """The learner's file could not be imported; ``message`` says why in plain words."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def load_module(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` and register it in sys.modules.

    Every way an import can go wrong, including ``sys.exit`` at import time, becomes a
    LoadError, so a file that exits early can never look like a pass.
    """
    if not path.exists():
        raise LoadError(f"the file {path} does not exist")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise LoadError(f"cannot load {path} as Python")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as exc:
        del sys.modules[name]
        pointer = ""
        if exc.text:
            caret = " " * max((exc.offset or 1) - 1, 0) + "^"
            pointer = f"\n    {exc.text.rstrip()}\n    {caret}"
        raise LoadError(f"SyntaxError on line {exc.lineno}: {exc.msg}{pointer}",
                        exc.lineno) from None
    except SystemExit as exc:
        del sys.modules[name]
        raise LoadError(f"your file called sys.exit({exc.code!r}) while being imported; "
                        "remove it: exercises are checked by calling your functions") from None
    except BaseException as exc:  # noqa: BLE001 - any failure of learner code is reported
        del sys.modules[name]
        line = last_line_in(exc.__traceback__, path)
        where = f" (line {line})" if line else ""
        raise LoadError(f"{type(exc).__name__} while importing your file{where}: {exc}",
                        line) from None
    return module


def load_dependencies(uses: list[dict], log: Callable[[str], None]) -> None:
    """Import the earlier lessons' functions this lesson builds on, under their module names.

    Each entry says whose code it is ("yours" or "reference"); if the learner's file no longer
    imports, the reference takes its place and ``log`` says so.
    """
    for use in uses:
        try:
            load_module(use["module"], Path(use["path"]))
            origin = "your own" if use["source"] == "yours" else "the reference"
            log(f"{use['module']}: using {origin} functions from lesson {use['lesson']}")
        except LoadError as exc:
            load_module(use["module"], Path(use["fallback"]))
            log(f"{use['module']}: your file for {use['lesson']} no longer imports "
                f"({exc.message}); using the reference functions")


def last_line_in(tb: TracebackType | None, path: Path) -> int | None:
    """The deepest line of ``path`` in a traceback: where the learner's code went wrong."""
    frames = [f for f in traceback.extract_tb(tb) if Path(f.filename) == path]
    return frames[-1].lineno if frames else None


def learner_frames(tb: TracebackType | None, path: Path) -> list[str]:
    """Traceback lines that belong to the learner's file, innermost last."""
    return [f"line {f.lineno}, in {f.name}: {(f.line or '').strip()}"
            for f in traceback.extract_tb(tb) if Path(f.filename) == path]
