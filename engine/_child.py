"""Entry point of every child process, cold (``python -m engine._child``) or forked warm.

The child applies its limits first, then runs one job and leaves with ``os._exit`` so that
nothing inherited from a warm worker (threads, atexit handlers) runs twice.
"""

from __future__ import annotations

import ctypes
import faulthandler
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

from engine._limits import Limits, apply_in_child
from engine.emitter import Emitter


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies, so no job outlives the app."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run_job(spec: dict[str, Any], events_fd: int) -> NoReturn:
    """Run one check or train job described by ``spec``, reporting on ``events_fd``."""
    status = 0
    try:
        die_with_parent()
        apply_in_child(Limits.from_json(spec["limits"]))
        if spec.get("cwd"):
            os.chdir(spec["cwd"])
        faulthandler.enable(file=sys.stderr)
        run_dir = spec.get("run_dir")
        emitter = Emitter(events_fd, Path(run_dir) / "arrays" if run_dir else None)
        from engine import _runtime

        _runtime.prepare(spec["runtime"])
        if spec["kind"] == "check":
            from engine import _checkjob as job
        elif spec["kind"] == "train":
            from engine import _trainjob as job
        else:
            from engine import _tbjob as job
        job.run(spec, emitter)
    except BaseException as exc:  # noqa: BLE001 - report, never hang or pass silently
        status = 3
        try:
            print(f"dls-tui child failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        except BaseException:  # noqa: BLE001
            pass
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001
                pass
    os._exit(status)


if __name__ == "__main__":
    run_job(json.loads(sys.argv[1]), int(sys.argv[2]))
