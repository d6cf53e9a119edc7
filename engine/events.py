"""The one event protocol: JSON lines, versioned, shared by live runs, saved runs and replay.

Every event is one JSON object on one line with at least ``v`` (schema version), ``type`` and
``t`` (seconds since the job started). Arrays travel inline as nested lists when small, or as a
``{"npy": "arrays/000012.npy"}`` reference to a file beside the run, always read back with
``allow_pickle=False``. The full schema is documented in docs/EVENTS.md.

Writing happens in the child (``engine.emitter``); reading happens in the parent
(``parse_line``) and in replay (``engine.runs``). Neither side ever executes anything found in
an event. This module is stdlib-only so the UI can import it cheaply.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_VERSION = 1

#: Types a training run may emit, and the fields each requires beyond v/type/t.
TRAIN_EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "run_start": ("lesson", "run_id", "seed", "params", "code_sha256", "started_at"),
    "progress": ("step", "total"),
    "metric": ("step", "name", "value"),
    "text": ("channel", "text"),
    "heatmap": ("name", "values", "rows", "cols"),
    "image": ("name", "images", "captions"),
    "boundary": ("name", "grid", "x_range", "y_range"),
    "audio": ("name", "path", "rate"),
    "log": ("message",),
    "error": ("message",),
    "done": ("status",),
}

#: Arrays larger than this many elements are written to .npy files instead of inline lists.
INLINE_ARRAY_LIMIT = 4096


class ProtocolError(ValueError):
    """A line that is not a valid event; the reader skips it with a note."""


class NewerSchemaError(ProtocolError):
    """An event from a newer dls-tui; readers refuse the whole run rather than guess."""


def parse_line(line: bytes | str) -> dict[str, Any]:
    """Decode one event line and check its envelope. Raises ProtocolError."""
    try:
        event = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ProtocolError(f"not JSON: {str(exc)[:200]}") from None
    return check_envelope(event)


def check_envelope(event: Any) -> dict[str, Any]:
    """An already decoded event: an object with a string type and a version we understand."""
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        raise ProtocolError("an event must be an object with a string 'type'")
    version = event.get("v")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProtocolError("an event must carry an integer schema version 'v'")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"event schema version {version} is newer than this dls-tui understands "
            f"({SCHEMA_VERSION}); upgrade dls-tui to read it")
    return event


def missing_fields(event: dict[str, Any]) -> list[str]:
    """Fields a known training event type requires but lacks or has of the wrong kind
    ([] for unknown types): a metric's step must be an int and its value a number or null."""
    missing = [f for f in TRAIN_EVENT_FIELDS.get(event["type"], ()) if f not in event]
    if event["type"] == "metric" and not missing:
        value, step = event["value"], event["step"]
        if not isinstance(step, int) or isinstance(step, bool):
            missing.append("step (an integer)")
        if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            missing.append("value (a number)")
    return missing
