"""Keeping the editor and the learner's file on disk in step, without losing either side.

``Autosaver`` serialises writes (each one atomic, through the engine's workspace) and remembers
the last text it wrote, so the watcher can tell our own saves from the learner's editor.
``FileWatch`` polls the file's identity (inode, size, mtime); polling every half second
costs one ``stat`` and needs no extra dependency.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class Autosaver:
    """Writes the editor's text with ``write`` (atomic), one write at a time, skipping repeats.

    Safe to call from worker threads: the lock makes the newest text the one left on disk.
    """

    def __init__(self, write: Callable[[str], None], initial: str) -> None:
        self._write = write
        self._lock = threading.Lock()
        self.last_text = initial
        self._writing: str | None = None

    def save(self, text: str) -> bool:
        """Write ``text`` unless it is what we last wrote; True when a write happened."""
        with self._lock:
            if text == self.last_text:
                return False
            self._writing = text  # set before the file changes, so the watcher knows it
            try:
                self._write(text)
                self.last_text = text
            finally:
                self._writing = None
            return True

    def is_ours(self, text: str) -> bool:
        """Whether ``text`` is what we wrote (or are writing right now)."""
        return text == self.last_text or text == self._writing

    def replace(self, action: Callable[[], tuple[T, str]]) -> tuple[T, str]:
        """Run ``action`` (which rewrites the file and returns its new text) with no save
        interleaving, then treat that text as already written (reset does this)."""
        with self._lock:
            result, text = action()
            self.last_text = text
            return result, text

    def forget(self, text: str) -> None:
        """The file now holds ``text`` (loaded from disk or restored): don't write it back."""
        with self._lock:
            self.last_text = text


@dataclass(frozen=True)
class Signature:
    """What identifies a version of a file cheaply: an atomic replace changes the inode."""

    inode: int
    size: int
    mtime_ns: int


def signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Signature(st.st_ino, st.st_size, st.st_mtime_ns)


class FileWatch:
    """Reports the file's text when it changed on disk since the last look, else None."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen = signature(path)

    def poll(self) -> str | None:
        current = signature(self.path)
        if current is None or current == self._seen:
            return None
        self._seen = current
        try:
            return self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
