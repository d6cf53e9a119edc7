"""The engine: runs learner code and training in limited child processes.

Public face: ``Engine`` and ``EngineError`` (engine.api), ``CheckReport`` (engine.checking),
the event protocol (engine.events) and saved runs (engine.runs). Everything prefixed with an
underscore is private. This package never imports Textual; TensorFlow only inside children.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Engine", "EngineError"]


def __getattr__(name: str) -> Any:
    # Lazy, so a child process importing engine._child does not pay for the whole API.
    if name in __all__:
        from engine import api

        return getattr(api, name)
    raise AttributeError(name)
