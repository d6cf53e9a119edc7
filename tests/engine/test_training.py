"""Training runs: the learner's functions drive them, every event is saved, stop keeps it."""

from __future__ import annotations

import threading

from engine.api import Engine
from engine.runs import code_hash, read_run


def _use_solution(engine: Engine) -> str:
    lesson = engine.catalog.lessons[0]
    code = lesson.solution_path.read_text()
    engine.workspace.ensure_file(lesson).write_text(code)
    return code


def test_run_is_saved_with_metadata(fixture_engine: Engine) -> None:
    code = _use_solution(fixture_engine)
    seen: list[dict] = []
    result = fixture_engine.train("c1w2.doubling", overrides={"seed": "7"}, on_event=seen.append)
    assert result.status == "completed" and result.summary["final_cost"] > 0
    run = read_run(result.folder)
    assert [e["type"] for e in run.events] == [e["type"] for e in seen]
    start, done = run.events[0], run.events[-1]
    assert start["type"] == "run_start" and start["seed"] == 7 and start["params"]["steps"] == 40
    assert start["code_sha256"] == code_hash(code)
    assert (result.folder / "code.py").read_text() == code
    assert done["type"] == "done" and done["status"] == "completed" and done["ended_at"]
    types = {e["type"] for e in run.events}
    assert {"progress", "metric", "boundary", "heatmap", "image", "text", "log"} <= types
    assert len(run.metrics("cost")) == 40


def test_learners_functions_drive_training(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    fixture_engine.workspace.ensure_file(lesson).write_text("def double(x):\n    return 3 * x\n")
    result = fixture_engine.train(lesson.id)
    first = read_run(result.folder).metrics("cost")[0][1]
    assert abs(first - 1.5 * 2.718281828 ** -0.1) < 1e-6  # their double(): 3x, halved


def test_stop_keeps_the_partial_run(fixture_engine: Engine) -> None:
    _use_solution(fixture_engine)
    cancel = threading.Event()
    seen: list[dict] = []

    def on_event(event: dict) -> None:
        seen.append(event)
        if event["type"] == "metric" and event["step"] == 5:
            cancel.set()

    result = fixture_engine.train("c1w2.doubling", overrides={"steps": "500", "delay": "0.01"},
                                  on_event=on_event, cancel=cancel)
    assert result.status == "stopped"
    run = read_run(result.folder)
    assert run.status == "stopped"
    assert 5 <= len(run.metrics("cost")) < 500


def test_crash_in_learner_code_fails_the_run(fixture_engine: Engine) -> None:
    lesson = fixture_engine.catalog.lessons[0]
    fixture_engine.workspace.ensure_file(lesson).write_text(
        "def double(x):\n    raise ValueError('nope')\n")
    result = fixture_engine.train(lesson.id)
    assert result.status == "failed" and "ValueError: nope" in result.error
    assert read_run(result.folder).status == "failed"


def test_run_folder_never_shadows_standard_modules(workspace, fixture_catalog) -> None:
    """The run folder holds the learner's code.py; `import code` must still be the stdlib's."""
    lesson = fixture_catalog.lessons[0]
    cold = Engine(workspace, fixture_catalog, warm=False)
    workspace.ensure_file(lesson).write_text(
        "import code\n\nassert hasattr(code, 'InteractiveConsole'), code.__file__\n\n"
        "def double(x):\n    return 2 * x\n")
    result = cold.train(lesson.id)
    assert result.status == "completed", result.error
