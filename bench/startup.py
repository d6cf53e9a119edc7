"""Startup: from launching a fresh interpreter to the home screen's first paint.

Each sample spawns ``python -c`` that imports the app, loads the catalog and a workspace, runs
the app headless (``App.run_test``) and stops the clock when the home screen has been
composed and painted (``call_after_refresh`` after its mount). Prints every sample and the
median of 10; the target is a median of at most 0.5 s.

    python bench/startup.py [--runs 10] [--fixture]

``--fixture`` uses the one-lesson test catalog instead of the real one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.5

CHILD = r"""
import asyncio, os, sys, time
from pathlib import Path
from engine.api import Engine
from engine.workspace import Workspace
from lessons.catalog import Catalog, load_catalog, load_lesson, load_syllabus
from tui.app import DlsApp
from tui.screens.home import HomeScreen

if os.environ["BENCH_FIXTURE"] == "1":
    root = Path("tests/fixtures/lessons").resolve()
    catalog = Catalog([load_lesson(root / "c1" / "w2" / "doubling", root)], load_syllabus())
else:
    catalog = load_catalog()
engine = Engine(Workspace(Path(os.environ["BENCH_WS"])), catalog, warm=True)
app = DlsApp(engine)
original = HomeScreen.on_mount

def painted() -> None:
    print(f"PAINTED {time.time():.6f} {len(catalog.lessons)}", flush=True)
    os._exit(0)

def on_mount(self) -> None:
    original(self)
    self.call_after_refresh(painted)

HomeScreen.on_mount = on_mount

async def main() -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(10)

asyncio.run(main())
"""


def one_sample(fixture: bool, workspace: str) -> tuple[float, int]:
    env = dict(os.environ, BENCH_FIXTURE="1" if fixture else "0", BENCH_WS=workspace)
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("PAINTED")), None)
    if line is None:
        raise SystemExit(f"the app did not paint:\n{out.stdout}\n{out.stderr[-3000:]}")
    _, stamp, lessons = line.split()
    return float(stamp) - start, int(lessons)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--fixture", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workspace:
        one_sample(args.fixture, workspace)  # warm the OS file cache; not counted
        samples = []
        for _ in range(args.runs):
            seconds, lessons = one_sample(args.fixture, workspace)
            samples.append(seconds)
    catalog = "fixture catalog" if args.fixture else f"real catalog, {lessons} lessons"
    print(f"startup to first paint ({catalog}, {args.runs} runs):")
    print("  samples: " + " ".join(f"{s:.3f}" for s in samples))
    median = statistics.median(samples)
    verdict = "OK" if median <= TARGET_S else "OVER TARGET"
    print(f"  median {median:.3f} s  min {min(samples):.3f} s  max {max(samples):.3f} s  "
          f"(target <= {TARGET_S} s: {verdict})")


if __name__ == "__main__":
    main()
