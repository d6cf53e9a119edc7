"""Import boundaries: the engine never pulls in Textual, and nothing heavy loads early."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\n"
                             "print('\\n'.join(sorted(sys.modules)))"],
                            capture_output=True, text=True, check=True, timeout=60)
    return set(result.stdout.split())


def test_engine_api_never_imports_textual_or_tensorflow() -> None:
    modules = _modules_after("import engine.api, engine.verify, engine.runs")
    assert "textual" not in modules
    assert "tensorflow" not in modules


def test_cli_does_not_import_tensorflow_or_textual_for_list() -> None:
    modules = _modules_after("import tui.cli")
    assert "tensorflow" not in modules and "textual" not in modules
