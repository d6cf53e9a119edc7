"""How long a learner waits for feedback: p50/p95 of check latency, warm and cold.

Run: python bench/check_latency.py [--n 20]
Warm = a worker with numpy/pytest (or TensorFlow) already imported forks one child per check.
Cold = a fresh interpreter per check (what a one-shot CLI command pays).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.api import Engine  # noqa: E402
from engine.workspace import Workspace  # noqa: E402
from lessons.catalog import LESSONS_ROOT, Catalog, Lesson, load_lesson, load_syllabus  # noqa: E402

TF_FIXTURE = ROOT / "tests" / "fixtures" / "lessons"


def _time_checks(engine: Engine, lesson: Lesson, source: str, n: int,
                 expect_pass: bool) -> list[float]:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        report = engine.check_source(lesson, source)
        times.append(time.perf_counter() - started)
        assert report.passed is expect_pass, report.summary()
    return times


def _row(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"{name:<34} n={len(times):<3} p50={statistics.median(times) * 1000:7.1f} ms  "
            f"p95={p95 * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20)
    n = parser.parse_args().n
    workspace = Workspace(Path(tempfile.mkdtemp(prefix="dls-bench-")))
    lesson = load_lesson(LESSONS_ROOT / "c1" / "w2" / "python_basics_with_numpy")
    catalog = Catalog([lesson], load_syllabus())
    solution = lesson.solution_path.read_text()
    warm = Engine(workspace, catalog, warm=True)
    cold = Engine(workspace, catalog, warm=False)
    started = time.perf_counter()
    warm.prewarm("numpy")
    print(f"numpy worker start: {(time.perf_counter() - started) * 1000:.0f} ms (once)")
    rows = [
        _row("numpy exercise, warm, solution", _time_checks(warm, lesson, solution, n, True)),
        _row("numpy exercise, warm, stub", _time_checks(warm, lesson, warm.stub(lesson.id), n,
                                                        False)),
        _row("numpy exercise, cold, solution", _time_checks(cold, lesson, solution, n, True)),
    ]
    tf_lesson = load_lesson(TF_FIXTURE / "c2" / "w3" / "tf_sigmoid", TF_FIXTURE)
    tf_engine = Engine(workspace, Catalog([tf_lesson], load_syllabus()), warm=True)
    started = time.perf_counter()
    tf_engine.prewarm("tensorflow")
    print(f"tensorflow worker start: {(time.perf_counter() - started) * 1000:.0f} ms (once)")
    tf_source = tf_lesson.solution_path.read_text()
    rows.append(_row("tensorflow exercise, warm, solution",
                     _time_checks(tf_engine, tf_lesson, tf_source, n, True)))
    tf_cold = Engine(workspace, Catalog([tf_lesson], load_syllabus()), warm=False)
    rows.append(_row("tensorflow exercise, cold, solution",
                     _time_checks(tf_cold, tf_lesson, tf_source, 3, True)))
    warm.close()
    tf_engine.close()
    print("\n".join(rows))


if __name__ == "__main__":
    main()
