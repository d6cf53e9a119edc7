"""The UI process imports neither TensorFlow nor the learner's code (nor numpy at start)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_app_import_is_light() -> None:
    code = ("import json, sys, tui.app; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('tensorflow', 'keras', 'submission', 'numpy', 'textual_plot'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=60)
    heavy = json.loads(out.stdout)
    assert not [m for m in heavy if m.startswith(("tensorflow", "keras"))]
    assert "submission" not in heavy
    assert "numpy" not in heavy  # numpy loads lazily, only to draw pictures


def test_replay_and_compare_import_nothing_heavy(tmp_path: Path) -> None:
    """Replaying and comparing saved runs in the app loads no TensorFlow and no learner code."""
    code = f"""
import asyncio, json, sys
from pathlib import Path
from engine.compare import compare
from engine.runs import read_run
from tests.tui.saved_runs import write_run
from textual.app import App
from tui.screens.compare import CompareScreen
from tui.screens.replay import ReplayScreen

runs = Path({str(tmp_path)!r})
a = write_run(runs, "20250131-140500-c1w2.doubling-aaaa",
              extra=[{{"v": 1, "type": "heatmap", "t": 1, "name": "h", "values": [[1, 2]],
                       "rows": ["r"], "cols": ["a", "b"]}}])
b = write_run(runs, "20250131-150000-c1w2.doubling-bbbb", code="def double(x):\\n    return x + x\\n")

async def main():
    app = App()
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(ReplayScreen(read_run(a), autoplay=False))
        await pilot.press("end")
        await pilot.pause()
        await app.push_screen(CompareScreen(compare([read_run(a), read_run(b)])))
        await pilot.press("f4", "f4")
        await pilot.pause()

asyncio.run(main())
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in
                        ('tensorflow', 'keras', 'submission', 'reference'))))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
