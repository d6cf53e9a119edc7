"""The event protocol and saved runs: data only, robust to damage."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from engine.emitter import Emitter
from engine.events import SCHEMA_VERSION, ProtocolError, parse_line
from engine.runs import load_array, read_run


def test_emitter_round_trip(tmp_path) -> None:
    read_fd, write_fd = os.pipe()
    emitter = Emitter(write_fd, tmp_path / "arrays")
    emitter.metric(3, "cost", np.float64(0.5))
    emitter.heatmap("att", np.eye(2), ["a", "b"], ["c", "d"])
    emitter.image("imgs", np.zeros((2, 64, 64, 3), np.uint8), ["x", "y"])
    os.close(write_fd)
    lines = os.read(read_fd, 1 << 20).splitlines()
    events = [parse_line(line) for line in lines]
    assert [e["type"] for e in events] == ["metric", "heatmap", "image"]
    assert events[0]["value"] == 0.5 and events[0]["v"] == SCHEMA_VERSION
    assert events[1]["values"] == [[1.0, 0.0], [0.0, 1.0]]
    assert events[2]["images"] == {"npy": "arrays/000000.npy"}
    assert load_array(events[2]["images"], tmp_path).shape == (2, 64, 64, 3)


@pytest.mark.parametrize("line", [b"not json", b"[1, 2]", b'{"type": "metric"}',
                                  b'{"v": 1, "type": 5}'])
def test_malformed_lines_are_rejected(line) -> None:
    with pytest.raises(ProtocolError):
        parse_line(line)


def test_newer_schema_is_refused() -> None:
    with pytest.raises(ProtocolError, match="newer"):
        parse_line(json.dumps({"v": SCHEMA_VERSION + 1, "type": "metric"}))


def test_cut_short_run_opens_to_last_whole_event(tmp_path) -> None:
    folder = tmp_path / "run"
    folder.mkdir()
    good = json.dumps({"v": 1, "type": "metric", "t": 0, "step": 1, "name": "cost", "value": 1})
    (folder / "events.jsonl").write_text(good + "\n" + good[:20])
    run = read_run(folder)
    assert len(run.events) == 1 and run.status == "incomplete"
    assert "cut short" in run.warnings[0]


def test_unknown_types_and_incomplete_events_are_skipped_with_notes(tmp_path) -> None:
    folder = tmp_path / "run"
    folder.mkdir()
    lines = [{"v": 1, "type": "run_start", "t": 0, "lesson": "c1w2.x", "run_id": "r",
              "seed": 1, "params": {}, "code_sha256": "0", "started_at": "now"},
             {"v": 1, "type": "hologram", "t": 1},
             {"v": 1, "type": "metric", "t": 1, "step": 1, "name": "cost"},
             {"v": 1, "type": "metric", "t": 1, "step": 2, "name": "cost", "value": 0.5},
             {"v": 1, "type": "done", "t": 2, "status": "completed"}]
    (folder / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in lines))
    run = read_run(folder)
    assert [e["type"] for e in run.events] == ["run_start", "metric", "done"]
    assert any("lacks value" in w for w in run.warnings)
    assert any("unknown type 'hologram'" in w for w in run.warnings)
    assert run.status == "completed"


def test_newer_schema_run_is_refused_whole(tmp_path) -> None:
    from engine.events import NewerSchemaError

    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "events.jsonl").write_text(json.dumps({"v": 99, "type": "metric"}) + "\n")
    with pytest.raises(NewerSchemaError, match="newer"):
        read_run(folder)


def test_array_paths_cannot_leave_the_run(tmp_path) -> None:
    with pytest.raises(ProtocolError, match="leaves the run folder"):
        load_array({"npy": "../../etc/passwd"}, tmp_path)


def test_pickled_arrays_are_never_loaded(tmp_path) -> None:
    np.save(tmp_path / "evil.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError, match="allow_pickle"):
        load_array({"npy": "evil.npy"}, tmp_path)
