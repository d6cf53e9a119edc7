"""The replay cursor paces a saved run by its own clock and can step and rewind."""

from __future__ import annotations

from engine.replay import ReplayCursor


def _events() -> list[dict]:
    events = [{"type": "run_start", "t": 0.0}]
    for step in range(1, 6):
        events.append({"type": "progress", "t": step * 1.0, "step": step, "total": 5})
        events.append({"type": "metric", "t": step * 1.0, "step": step, "name": "cost",
                       "value": 1 / step})
    events.append({"type": "image", "t": 5.5, "name": "x"})
    events.append({"type": "done", "t": None, "status": "completed"})
    return events


def test_advance_follows_the_run_clock() -> None:
    cursor = ReplayCursor(_events())
    assert [e["type"] for e in cursor.advance(0.5, 1.0)] == ["run_start"]
    batch = cursor.advance(1.0, 2.0)  # clock 2.5: steps 1 and 2
    assert [e.get("step") for e in batch] == [1, 1, 2, 2]
    rest = cursor.advance(100, 1.0)
    assert rest[-1]["type"] == "done" and cursor.finished
    assert cursor.duration == 5.5


def test_step_by_step_then_rewind() -> None:
    cursor = ReplayCursor(_events())
    first = cursor.step()
    assert [e["type"] for e in first] == ["run_start", "progress", "metric"]
    assert [e.get("step") for e in cursor.step()] == [2, 2]
    replayed = cursor.rewind_to(4)
    assert replayed[0]["type"] == "run_start"
    assert max(e.get("step") or 0 for e in replayed) == 4
    assert not cursor.finished
    assert cursor.rest()[-1]["type"] == "done"


def test_last_step_includes_trailing_events() -> None:
    cursor = ReplayCursor(_events())
    cursor.rewind_to(4)
    tail = cursor.step()
    assert [e["type"] for e in tail] == ["progress", "metric", "image", "done"]
