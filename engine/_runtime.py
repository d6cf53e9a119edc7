"""Importing the heavy libraries once, quietly, with thread counts that leave a core for the UI."""

from __future__ import annotations

import os

RUNTIMES = ("numpy", "tensorflow")


def child_environment(base: dict[str, str], keras_home: str | None = None) -> dict[str, str]:
    """Environment for workers and children: single-threaded maths, quiet TF, no plugins."""
    env = dict(base)
    env.update({
        "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "TF_CPP_MIN_LOG_LEVEL": "2", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1",
    })
    if keras_home:
        env["KERAS_HOME"] = keras_home
    return env


def prepare(runtime: str) -> None:
    """Import what a runtime needs before any job, so forked jobs start warm."""
    if runtime not in RUNTIMES:
        raise ValueError(f"unknown runtime {runtime!r}; expected one of {RUNTIMES}")
    import numpy  # noqa: F401
    import pytest  # noqa: F401

    from engine import _checkjob, _trainjob  # noqa: F401
    if runtime == "tensorflow":
        import_tensorflow_quietly()


def import_tensorflow_quietly() -> None:
    """TF prints absl/oneDNN lines on fd 2 that its log level does not silence."""
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(1)
        tf.config.threading.set_inter_op_parallelism_threads(1)
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)
