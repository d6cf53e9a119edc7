"""A warm worker: imports numpy, pytest (and TensorFlow) once, then forks one child per job.

Protocol over a SOCK_SEQPACKET socket inherited from the client, one JSON message per packet:
  client -> worker: {"id": n, "spec": {...}} with two fds attached (events pipe, output pipe)
  worker -> client: {"id": n, "pid": p}          as soon as the child is forked
  worker -> client: {"id": n, "returncode": rc}  when it ends (negative: killed by a signal)
The worker exits when the client closes the socket or dies (the socket then reads empty).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading

from engine import _runtime
from engine._child import run_job

_MAX_MESSAGE = 1 << 20


def _returncode(status: int) -> int:
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def serve(sock: socket.socket) -> None:
    send_lock = threading.Lock()

    def reply(message: dict) -> None:
        with send_lock:
            sock.send(json.dumps(message).encode())

    def reap(job_id: int, pid: int) -> None:
        _, status = os.waitpid(pid, 0)
        reply({"id": job_id, "returncode": _returncode(status)})

    while True:
        try:
            data, fds, _flags, _addr = socket.recv_fds(sock, _MAX_MESSAGE, 2)
        except OSError:
            return
        if not data:
            return
        request = json.loads(data)
        events_fd, output_fd = fds
        pid = os.fork()
        if pid == 0:
            os.setsid()
            sock.close()
            os.dup2(output_fd, 1)
            os.dup2(output_fd, 2)
            os.close(output_fd)
            run_job(request["spec"], events_fd)
        os.close(events_fd)
        os.close(output_fd)
        reply({"id": request["id"], "pid": pid})
        threading.Thread(target=reap, args=(request["id"], pid), daemon=True).start()


def main() -> None:
    runtime, fd = sys.argv[1], int(sys.argv[2])
    _runtime.prepare(runtime)
    sock = socket.socket(fileno=fd)
    sock.send(json.dumps({"ready": runtime}).encode())
    serve(sock)


if __name__ == "__main__":
    main()
