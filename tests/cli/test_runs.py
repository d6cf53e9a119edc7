"""Saved runs from the command line: list, compare, replay, export, delete."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_LESSONS

SOLUTION = FIXTURE_LESSONS / "c1" / "w2" / "doubling" / "solution.py"


def dls(ws: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DLS_WORKSPACE": str(ws), "DLS_LESSONS": str(FIXTURE_LESSONS),
           "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120, input=stdin)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, list[str]]:
    ws = tmp_path_factory.mktemp("ws")
    ids = []
    for steps in ("20", "30"):
        result = dls(ws, "train", "c1w2.doubling", "--file", str(SOLUTION), "--set",
                     f"steps={steps}", "--json")
        assert result.returncode == 0, result.stderr
        final = json.loads(result.stdout.splitlines()[-1])
        assert final["status"] == "completed"
        ids.append(final["run_id"])
    return ws, ids  # oldest first: the 20-step run, then the 30-step run


def test_runs_are_listed_with_metrics(two_runs) -> None:
    ws, ids = two_runs
    data = json.loads(dls(ws, "runs", "--json").stdout)
    assert [r["run_id"] for r in data] == ids[::-1]
    newest = data[0]
    assert newest["params"]["steps"] == 30 and newest["status"] == "completed"
    assert newest["metrics"]["cost"]["points"] == 30
    assert dls(ws, "runs", "--lesson", "c1w2.other", "--json").stdout.strip() == "[]"


def test_compare_aligns_by_step_and_names_the_difference(two_runs) -> None:
    ws, ids = two_runs
    data = json.loads(dls(ws, "runs", "compare", *ids, "--json").stdout)
    assert data["differing_params"] == ["steps"]
    aligned = dict((step, values) for step, values in data["aligned"]["cost"])
    assert aligned[25][0] is None and aligned[25][1] is not None
    assert aligned[10][0] == aligned[10][1]
    text = dls(ws, "runs", "compare", *ids).stdout
    assert "●" in text and "▲" in text and "identical code" in text


def test_replay_shows_the_same_final_numbers(two_runs) -> None:
    ws, ids = two_runs
    result = dls(ws, "replay", ids[0], "--speed", "0", "--json")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    saved = [json.loads(line) for line in (ws / "runs" / ids[0] / "events.jsonl").open()]
    assert events == saved


def test_export_csv(two_runs, tmp_path) -> None:
    ws, ids = two_runs
    out = tmp_path / "m.csv"
    assert dls(ws, "runs", "export", ids[0], "--csv", str(out)).returncode == 0
    rows = list(csv.DictReader(out.open()))
    assert {r["name"] for r in rows} == {"cost", "accuracy"} and len(rows) == 40


@pytest.mark.slow
def test_export_tensorboard_reads_back(two_runs, tmp_path) -> None:
    ws, ids = two_runs
    logdir = tmp_path / "tb"
    result = dls(ws, "runs", "export", ids[0], "--tensorboard", str(logdir))
    assert result.returncode == 0, result.stderr
    code = (
        "import sys, glob, tensorflow as tf\n"
        "tags = {}\n"
        "for f in glob.glob(sys.argv[1] + '/**/events.out.tfevents.*', recursive=True):\n"
        "    for e in tf.compat.v1.train.summary_iterator(f):\n"
        "        for v in e.summary.value:\n"
        "            tags[v.tag] = tags.get(v.tag, 0) + 1\n"
        "print(tags.get('cost', 0), tags.get('accuracy', 0), 'predictions' in tags)\n")
    read = subprocess.run([sys.executable, "-c", code, str(logdir)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert read.stdout.split() == ["20", "20", "True"], read.stderr[-2000:]


def test_delete_asks_first(two_runs) -> None:
    ws, ids = two_runs
    victim = ids[0]
    assert dls(ws, "runs", "delete", victim, stdin="n\n").returncode == 1
    assert (ws / "runs" / victim).is_dir()
    assert dls(ws, "runs", "delete", victim[:20] + "zz").returncode == 2
    assert dls(ws, "runs", "delete", victim, "--yes").returncode == 0
    assert not (ws / "runs" / victim).exists()
