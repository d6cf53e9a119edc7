"""Widget styles live in a ``.tcss`` file beside the widget's module.

Screens and the app name theirs in ``CSS_PATH``; widgets have no such hook, so they read their
file into ``DEFAULT_CSS`` with ``css_beside(__file__)``, keeping styles out of the code.
"""

from __future__ import annotations

from pathlib import Path


def css_beside(module_file: str) -> str:
    """The text of the ``.tcss`` file with the same name as ``module_file``."""
    return Path(module_file).with_suffix(".tcss").read_text(encoding="utf-8")
