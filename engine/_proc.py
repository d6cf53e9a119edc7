"""Parent side of a job: start a child (cold or from a warm worker), stream, police, reap.

The parent owns the deadline, the output cap and cancellation. It reads two pipes: events
(JSON lines) and output (the child's stdout+stderr). However the child ends, the parent gets a
``JobOutcome`` within the deadline plus a short grace, and keeps working.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from engine._limits import Limits
from engine._runtime import child_environment
from engine.events import ProtocolError, parse_line

_HEAD_BYTES = 16_384
_TAIL_BYTES = 16_384
_REAP_GRACE_S = 2.0


@dataclass
class JobOutcome:
    """How a child ended and what it said."""

    events: list[dict[str, Any]]
    returncode: int | None
    killed_reason: str | None  # "timeout" | "output" | "cancelled" | None
    output: str
    output_bytes: int
    notes: list[str] = field(default_factory=list)
    duration: float = 0.0


class _Started:
    """A child that is running: its pid and a way to learn its return code."""

    def __init__(self, pid: int, wait: Callable[[float], int | None]) -> None:
        self.pid = pid
        self.wait = wait

    def kill(self) -> None:
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


class ColdLauncher:
    """A fresh interpreter per job: slow start (imports), nothing shared.

    Children start with ``-P``: the working folder (a run folder holds the learner's
    ``code.py``, which would shadow the standard ``code`` module) never joins the import path.
    """

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def start(self, spec: dict[str, Any], events_w: int, output_w: int) -> _Started:
        proc = subprocess.Popen(
            [sys.executable, "-P", "-m", "engine._child", json.dumps(spec), str(events_w)],
            stdin=subprocess.DEVNULL, stdout=output_w, stderr=output_w, pass_fds=(events_w,),
            start_new_session=True, env=self.env, cwd=spec.get("cwd"))

        def wait(timeout: float) -> int | None:
            try:
                return proc.wait(timeout)
            except subprocess.TimeoutExpired:
                return None

        return _Started(proc.pid, wait)


class WarmWorker:
    """A long-lived worker with the runtime already imported; each job is a fresh fork.

    Thread-safe: several jobs may run at once. If the worker dies it is restarted on the next
    job, and jobs it was running end with no return code (reported as a crash).
    """

    def __init__(self, runtime: str, env: dict[str, str]) -> None:
        self.runtime = runtime
        self.env = env
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._proc: subprocess.Popen | None = None
        self._next_id = 0
        self._pids: dict[int, Future] = {}
        self._codes: dict[int, Future] = {}

    def ensure_started(self) -> None:
        """Start the worker if needed and wait until its imports are done."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                return
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            self._proc = subprocess.Popen(
                [sys.executable, "-P", "-m", "engine._zygote", self.runtime, str(theirs.fileno())],
                stdin=subprocess.DEVNULL, pass_fds=(theirs.fileno(),), env=self.env,
                start_new_session=True)
            theirs.close()
            ready = ours.recv(4096)
            if not ready:
                ours.close()
                raise RuntimeError(f"the {self.runtime} worker failed to start")
            self._sock = ours
            threading.Thread(target=self._read_replies, args=(ours,), daemon=True).start()

    def _read_replies(self, sock: socket.socket) -> None:
        while True:
            try:
                data = sock.recv(4096)
            except OSError:
                data = b""
            if not data:
                break
            reply = json.loads(data)
            target = self._pids if "pid" in reply else self._codes
            future = target.get(reply["id"])
            if future is not None:
                future.set_result(reply.get("pid", reply.get("returncode")))
        for future in [*self._pids.values(), *self._codes.values()]:
            if not future.done():
                future.set_result(None)

    def start(self, spec: dict[str, Any], events_w: int, output_w: int) -> _Started:
        self.ensure_started()
        with self._lock:
            job_id = self._next_id
            self._next_id += 1
            pid_future: Future = Future()
            code_future: Future = Future()
            self._pids[job_id] = pid_future
            self._codes[job_id] = code_future
            assert self._sock is not None
            socket.send_fds(self._sock, [json.dumps({"id": job_id, "spec": spec}).encode()],
                            [events_w, output_w])
        pid = pid_future.result(timeout=10)
        del self._pids[job_id]
        if pid is None:
            raise RuntimeError(f"the {self.runtime} worker died before starting the job")

        def wait(timeout: float) -> int | None:
            try:
                code = code_future.result(timeout)
            except TimeoutError:
                return None
            self._codes.pop(job_id, None)
            return code

        return _Started(pid, wait)

    def close(self) -> None:
        with self._lock:
            if self._sock is not None:
                # shutdown, not just close: it wakes our reader thread and tells the worker
                # at once that we are gone, so it exits without waiting for a timeout.
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)
                self._sock.close()
                self._sock = None
            if self._proc is not None:
                try:
                    self._proc.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                self._proc = None


class _OutputBuffer:
    """Keeps the first and last few KB of a child's output and counts the rest."""

    def __init__(self) -> None:
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = _HEAD_BYTES - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if chunk:
            self.tail += chunk
            del self.tail[:-_TAIL_BYTES]

    def text(self) -> str:
        skipped = self.total - len(self.head) - len(self.tail)
        middle = f"\n... [{skipped} bytes of output not shown] ...\n" if skipped > 0 else ""
        return (bytes(self.head).decode(errors="replace") + middle
                + bytes(self.tail).decode(errors="replace"))


def run_job(launcher: ColdLauncher | WarmWorker, spec: dict[str, Any], limits: Limits,
            on_event: Callable[[dict[str, Any]], None] | None = None,
            cancel: threading.Event | None = None) -> JobOutcome:
    """Run one job to its end and return what happened. Never raises for child failures."""
    spec = {**spec, "limits": limits.to_json()}
    events_r, events_w = os.pipe()
    output_r, output_w = os.pipe()
    started_at = time.monotonic()
    try:
        child = launcher.start(spec, events_w, output_w)
    finally:
        os.close(events_w)
        os.close(output_w)
    deadline = started_at + limits.wall_seconds
    events: list[dict[str, Any]] = []
    notes: list[str] = []
    output = _OutputBuffer()
    pending = b""
    killed: str | None = None
    selector = selectors.DefaultSelector()
    selector.register(events_r, selectors.EVENT_READ, "events")
    selector.register(output_r, selectors.EVENT_READ, "output")
    open_fds = 2
    while open_fds:
        now = time.monotonic()
        if killed is None and now >= deadline:
            killed = "timeout"
            child.kill()
        if killed is None and cancel is not None and cancel.is_set():
            killed = "cancelled"
            child.kill()
        if killed is not None and now >= deadline + _REAP_GRACE_S:
            break  # a grandchild may hold a pipe open; stop listening
        for key, _mask in selector.select(timeout=0.05):
            chunk = os.read(key.fd, 65536)
            if not chunk:
                selector.unregister(key.fd)
                open_fds -= 1
                continue
            if key.data == "output":
                output.add(chunk)
                if output.total > limits.output_bytes and killed is None:
                    killed = "output"
                    child.kill()
                continue
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if not line.strip():
                    continue
                try:
                    event = parse_line(line)
                except ProtocolError as exc:
                    notes.append(f"skipped a malformed event line: {exc}")
                    continue
                events.append(event)
                if on_event is not None:
                    on_event(event)
    selector.close()
    os.close(events_r)
    os.close(output_r)
    returncode = child.wait(_REAP_GRACE_S)
    if returncode is None:
        child.kill()
        returncode = child.wait(_REAP_GRACE_S)
    return JobOutcome(events, returncode, killed, output.text(), output.total, notes,
                      round(time.monotonic() - started_at, 4))


def default_env(keras_home: str | None = None) -> dict[str, str]:
    """The environment every child gets, with the project importable."""
    env = child_environment(dict(os.environ), keras_home)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env
