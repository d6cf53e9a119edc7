"""Resource limits for a child process, and the names we give to the ways a child can end.

Runs inside the child right after it starts (cold) or is forked (warm). The memory cap uses
RLIMIT_DATA, which counts private writable memory (heap, numpy buffers, thread stacks) but not
the huge address-space reservations TensorFlow makes, so it works for TF code where RLIMIT_AS
would not. The cap is added on top of what the process already uses, so a warm worker that
imported TensorFlow still gives the learner the full budget.
"""

from __future__ import annotations

import os
import resource
import signal
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What one child may use. Seconds are wall-clock; output is stdout+stderr together."""

    wall_seconds: float = 10.0
    memory_mb: int = 2048
    output_bytes: int = 1_000_000

    def to_json(self) -> dict:
        return {"wall_seconds": self.wall_seconds, "memory_mb": self.memory_mb,
                "output_bytes": self.output_bytes}

    @classmethod
    def from_json(cls, data: dict) -> Limits:
        return cls(float(data["wall_seconds"]), int(data["memory_mb"]), int(data["output_bytes"]))


def _current_data_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def apply_in_child(limits: Limits) -> None:
    """Cap memory, forbid core dumps, and cut stdin. Called first thing in every child."""
    cap = _current_data_bytes() + limits.memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def describe_exit(returncode: int | None) -> str | None:
    """A learner-friendly cause for an abnormal exit, or None for a clean exit code 0."""
    if returncode is None or returncode == 0:
        return None
    if returncode < 0:
        sig = -returncode
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        if sig == signal.SIGSEGV:
            return f"the process crashed with a segmentation fault ({name})"
        if sig == signal.SIGKILL:
            return f"the process was killed ({name})"
        return f"the process was stopped by signal {name}"
    return f"the process exited with code {returncode}"
