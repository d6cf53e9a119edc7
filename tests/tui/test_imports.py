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
