"""Opening a big saved run: read it, fold it into a TrainingView, draw the panel once.

Writes a synthetic run of 100,000 events (three metric series, progress, sampled text, a
heatmap and an image grid every 1,000 steps, the images as .npy files) to a temporary
workspace, then measures, best of ``--repeat``:

  read     engine.runs.read_run (JSON lines parsed and checked)
  apply    TrainingView.apply of every event (what replay's "end" does)
  draw     the first full draw of a TrainingPanel in a headless app (App.run_test), from
           ``show(view)`` to the end of the refresh that painted it (a tall terminal, so every
           chart and picture is drawn)
  live     one live frame late in a 100,000-point run: apply 1/15 s worth of events and
           redraw the curves (what the lesson screen does 15 times a second)

and the peak memory: Python allocations (tracemalloc, in a separate pass) and the process's
maximum resident set (ru_maxrss). The target is read + apply + draw <= 0.5 s.

    python bench/replay.py [--events 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textual.app import App, ComposeResult  # noqa: E402

from engine.runs import SavedRun, read_run  # noqa: E402
from tui.training.model import TrainingView  # noqa: E402
from tui.training.panel import CHART_PACE, TrainingPanel  # noqa: E402

TARGET_S = 0.5
SIZE = (120, 160)


def write_run(folder: Path, total: int) -> int:
    """A run folder of ``total`` events; returns the number of steps."""
    import numpy as np

    folder.mkdir(parents=True)
    (folder / "arrays").mkdir()
    (folder / "code.py").write_text("def double(x):\n    return 2 * x\n")
    rng = np.random.default_rng(0)
    lines = [{"v": 1, "type": "run_start", "t": 0.0, "lesson": "bench", "run_id": folder.name,
              "seed": 0, "params": {"seed": 0, "learning_rate": 0.01}, "code_sha256": "",
              "started_at": "2025-01-31T14:05:00", "title": "replay benchmark"}]
    step = 0
    while len(lines) < total - 1:
        step += 1
        t = round(step * 0.001, 4)
        cost = float(np.exp(-step / 8000) + 0.05 * rng.standard_normal())
        lines.append({"v": 1, "type": "metric", "t": t, "step": step, "name": "cost",
                      "value": cost})
        lines.append({"v": 1, "type": "metric", "t": t, "step": step, "name": "train accuracy",
                      "value": 1 - cost / 2})
        lines.append({"v": 1, "type": "metric", "t": t, "step": step, "name": "learning rate",
                      "value": 0.01 / (1 + step / 1000)})
        if step % 10 == 0:
            lines.append({"v": 1, "type": "progress", "t": t, "step": step, "total": 30000})
        if step % 100 == 0:
            lines.append({"v": 1, "type": "text", "t": t, "channel": "samples", "step": step,
                          "text": f"sample at step {step}: " + "abc" * 10})
        if step % 1000 == 0:
            lines.append({"v": 1, "type": "heatmap", "t": t, "step": step, "name": "attention",
                          "values": rng.random((8, 10)).round(3).tolist(),
                          "rows": list("abcdefgh"), "cols": list("0123456789")})
            name = f"arrays/{step:06d}.npy"
            np.save(folder / name, rng.integers(0, 255, (6, 32, 32, 3), dtype=np.uint8))
            lines.append({"v": 1, "type": "image", "t": t, "step": step, "name": "samples",
                          "images": {"npy": name}, "captions": [f"#{i}" for i in range(6)]})
    lines = lines[:total - 1]
    lines.append({"v": 1, "type": "done", "t": None, "status": "completed",
                  "summary": {"final_cost": 0.1}})
    with open(folder / "events.jsonl", "w") as handle:
        for event in lines:
            handle.write(json.dumps(event, separators=(",", ":")) + "\n")
    return step


class PanelApp(App[None]):
    def compose(self) -> ComposeResult:
        yield TrainingPanel()


async def draw(view: TrainingView) -> float:
    """Seconds from ``show(view)`` to the end of the refresh that painted it."""
    app = PanelApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panel = app.query_one(TrainingPanel)
        painted = asyncio.Event()
        start = time.perf_counter()
        panel.show(view)
        app.call_after_refresh(painted.set)
        await painted.wait()
        elapsed = time.perf_counter() - start
        assert panel.point_count == sum(s.seen for s in view.series.values())
    return elapsed


async def live_costs(saved: SavedRun, smoothing: float = 0.0) -> tuple[float, float]:
    """Late in a long live run: (folding one 15 Hz frame's events in, redrawing the curves).

    The panel paces chart redraws by their cost (CHART_PACE), so a frame in between costs
    only the first figure plus the status line and the sample log.
    """
    events = saved.events
    per_frame = max(1, len(events) // 15 // 60)  # the run streams for about a minute
    view = TrainingView(folder=saved.folder)
    view.apply(events[:-per_frame])
    app = PanelApp()
    async with app.run_test(size=SIZE) as pilot:
        panel = app.query_one(TrainingPanel)
        panel.set_smoothing(smoothing)
        panel.show(view)
        await pilot.pause()
        start = time.perf_counter()
        view.apply(events[-per_frame:])
        apply_s = time.perf_counter() - start
        panel.show(view, {"metrics"})
        await pilot.pause()
        return apply_s, sum(chart.build_seconds for chart in panel.charts)


def measure(folder: Path) -> dict[str, Any]:
    start = time.perf_counter()
    saved = read_run(folder)
    read_s = time.perf_counter() - start
    view = TrainingView(folder=saved.folder)
    start = time.perf_counter()
    view.apply(saved.events)
    apply_s = time.perf_counter() - start
    draw_s = asyncio.run(draw(view))
    return {"read": read_s, "apply": apply_s, "draw": draw_s, "saved": saved, "view": view}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dls-bench-") as tmp:
        folder = Path(tmp) / "runs" / "20250131-140500-bench-0000"
        steps = write_run(folder, args.events)
        size_mb = (folder / "events.jsonl").stat().st_size / 1e6
        print(f"run: {args.events} events, {steps} steps, events.jsonl {size_mb:.1f} MB")
        best: dict[str, float] = {}
        last: dict[str, Any] = {}
        for _ in range(args.repeat):
            last.clear()  # one run in memory at a time
            last = measure(folder)
            best = {k: min(best.get(k, last[k]), last[k]) for k in ("read", "apply", "draw")}
        points = sum(s.seen for s in last["view"].series.values())
        print(f"  read_run          {best['read'] * 1000:7.1f} ms  ({len(last['saved'].events)} "
              "events)")
        print(f"  TrainingView.apply{best['apply'] * 1000:7.1f} ms  ({points} points kept)")
        print(f"  first full draw   {best['draw'] * 1000:7.1f} ms  (headless {SIZE[0]}x{SIZE[1]})")
        total = sum(best.values())
        verdict = "ok" if total <= TARGET_S else "OVER TARGET"
        print(f"  open + draw       {total * 1000:7.1f} ms  (target {TARGET_S * 1000:.0f} ms: "
              f"{verdict})")
        costs = [asyncio.run(live_costs(last["saved"])) for _ in range(args.repeat)]
        apply_s, charts = min(c[0] for c in costs), min(c[1] for c in costs)
        print(f"  live, per frame   {apply_s * 1000:7.1f} ms  (fold 1/15 s of events into the "
              "view)")
        print(f"  live, curves      {charts * 1000:7.1f} ms  (redraw every curve at {points} "
              f"points; paced to every {(1 + CHART_PACE) * charts * 1000:.0f} ms)")
        smooth = min(asyncio.run(live_costs(last["saved"], 0.9))[1] for _ in range(args.repeat))
        print(f"  ... smoothed      {smooth * 1000:7.1f} ms  (the same with smoothing 0.9: raw "
              "dim + debiased EMA)")
        del last
        tracemalloc.start()
        result = measure(folder)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del result
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak memory       {peak / 1e6:7.1f} MB Python allocations (tracemalloc, "
              f"read + apply + draw); process max RSS {maxrss_mb:.0f} MB")


if __name__ == "__main__":
    main()
