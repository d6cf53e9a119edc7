"""The `dls-tui` command: with no subcommand it opens the app; subcommands do the same actions
headless (and with --json for scripts). Every action goes through engine.api.Engine.

Exit codes: 0 success, 1 a check or verification failed, 2 a usage or lesson error.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from engine.api import Engine, EngineError
from engine.workspace import Workspace, default_root
from lessons.catalog import LessonError, load_catalog

app = typer.Typer(add_completion=False, no_args_is_help=False, rich_markup_mode=None,
                  help="Learn the Deep Learning Specialization in your terminal.")
console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

_state: dict[str, Any] = {}

WorkspaceOption = Annotated[Path | None, typer.Option(
    "--workspace", "-w", envvar="DLS_WORKSPACE",
    help="Where your exercise files, progress and runs live "
         "(default: $XDG_DATA_HOME/dls-tui or ~/.local/share/dls-tui).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(code)


def _engine(warm: bool = False) -> Engine:
    lessons_root = os.environ.get("DLS_LESSONS")
    try:
        catalog = load_catalog(Path(lessons_root)) if lessons_root else load_catalog()
        engine = Engine(Workspace(_state.get("workspace") or default_root()), catalog, warm=warm)
    except LessonError as exc:
        raise _fail(f"malformed lesson: {exc}") from None
    engine.progress()  # reads progress now, so a corrupt file is reported up front
    for warning in engine.workspace.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}")
    return engine


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context, workspace: WorkspaceOption = None) -> None:
    """With no command, open the app."""
    _state["workspace"] = workspace if workspace and str(workspace).strip() else None
    if ctx.invoked_subcommand is None:
        from tui.app import run_app

        run_app(_engine(warm=True))


@app.command("list")
def list_lessons(as_json: JsonOption = False) -> None:
    """Every lesson, in course order, with your status."""
    engine = _engine()
    infos = engine.lessons()
    if as_json:
        print(json.dumps([asdict(i) for i in infos], indent=2))
        return
    table = Table("status", "lesson", "title", "kind", box=None, pad_edge=False)
    marks = {"passed": "✓ passed", "in-progress": "… started", "not-started": "· new"}
    for info in infos:
        table.add_row(marks[info.status], info.id, escape(info.title), info.kind)
    console.print(table)
    console.print(f"\nworkspace: {engine.workspace.root}")


@app.command()
def show(lesson: str) -> None:
    """Print a lesson's explanation."""
    engine = _engine()
    try:
        found = engine.lesson(lesson)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    from tui.format import explanation_markdown

    console.print(explanation_markdown(found.explanation_path.read_text(encoding="utf-8")))
    console.print(f"\nYour file: {engine.open_lesson(found.id)}")


def _print_report(report) -> None:
    from tui.format import report_lines

    for line in report_lines(report):
        console.print(line)


@app.command()
def check(lesson: str,
          file: Annotated[Path | None, typer.Option(help="Check this file instead of the "
                                                          "workspace copy.")] = None,
          as_json: JsonOption = False) -> None:
    """Run the public then the hidden tests on your file."""
    engine = _engine()
    try:
        report = engine.check(lesson, file)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        _print_report(report)
    raise typer.Exit(0 if report.passed else 1)


@app.command()
def hint(lesson: str, exercise: Annotated[str | None, typer.Argument()] = None) -> None:
    """Show the next hint for an exercise (the first failing one by default)."""
    engine = _engine()
    try:
        found = engine.hint(lesson, exercise)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    console.print(f"[bold]{escape(found.exercise)}[/] hint {found.rung}/{found.rungs}: "
                  f"{escape(found.text)}")


@app.command()
def solution(lesson: str,
             give_up: Annotated[bool, typer.Option("--give-up", help="See it after the last "
                                                   "hint, before passing.")] = False) -> None:
    """Show the reference solution as a diff against your file."""
    engine = _engine()
    try:
        diff = engine.solution(lesson, give_up=give_up)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    from rich.syntax import Syntax

    console.print(Syntax(diff, "diff", theme="ansi_dark"))


@app.command()
def reset(lesson: Annotated[str | None, typer.Argument()] = None,
          all_lessons: Annotated[bool, typer.Option("--all", help="Reset every lesson.")] = False,
          ) -> None:
    """Restore the stub; your current file is kept as a timestamped backup."""
    engine = _engine()
    if (lesson is None) == (not all_lessons):
        raise _fail("name one LESSON, or use --all")
    ids = [info.id for info in engine.lessons()] if all_lessons else [lesson]
    for lesson_id in ids:
        try:
            backup = engine.reset(lesson_id)
        except EngineError as exc:
            raise _fail(str(exc)) from None
        kept = f" (your previous file: {backup})" if backup else ""
        console.print(f"reset {lesson_id}{kept}")


def _parse_sets(pairs: list[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise _fail(f"--set expects key=value, got {pair!r}")
        overrides[key.strip()] = value.strip()
    return overrides


@app.command()
def train(lesson: str,
          seed: Annotated[int | None, typer.Option(help="Random seed.")] = None,
          set_: Annotated[list[str] | None, typer.Option(
              "--set", help="Override a hyperparameter: key=value (repeatable).")] = None,
          file: Annotated[Path | None, typer.Option(help="Train with this file's "
                                                         "functions.")] = None,
          as_json: JsonOption = False) -> None:
    """Train the lesson's model with your functions; the run is saved. Ctrl-C stops it."""
    from tui.live import TrainPrinter

    engine = _engine()
    overrides = _parse_sets(set_ or [])
    if seed is not None:
        overrides["seed"] = str(seed)
    try:
        engine.train_params(engine.lesson(lesson), overrides)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    printer = TrainPrinter(console, engine.workspace.runs_dir, as_json=as_json)
    cancel = threading.Event()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = engine.train(lesson, overrides=overrides, file=file,
                                             on_event=printer.on_event, cancel=cancel)
        except EngineError as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
    except KeyboardInterrupt:
        cancel.set()
        worker.join()
    printer.close()
    if "error" in outcome:
        raise _fail(str(outcome["error"]))
    result = outcome["result"]
    if as_json:
        print(json.dumps({"type": "result", "run_id": result.run_id,
                          "folder": str(result.folder), "status": result.status,
                          "summary": result.summary, "error": result.error}))
    else:
        printer.finish(result)
    raise typer.Exit(0 if result.status == "completed" else 1)


@app.command()
def verify(lessons: Annotated[list[str] | None, typer.Argument()] = None,
           as_json: JsonOption = False) -> None:
    """Prove lessons sound: solutions pass, stubs fail, known mistakes fail the hidden tests."""
    from engine.verify import verify as run_verify

    engine = _engine(warm=True)
    try:
        chosen = [engine.lesson(i) for i in lessons] if lessons else engine.catalog.lessons
    except EngineError as exc:
        raise _fail(str(exc)) from None

    def show_finding(finding) -> None:
        if not as_json:
            mark = "[green]✓[/]" if finding.ok else "[bold red]✗ FAIL[/]"
            console.print(f"{mark} {finding.lesson_id} {escape(finding.subject)}: "
                          f"{escape(finding.detail)}")

    try:
        findings = run_verify(engine, chosen, show_finding)
    finally:
        engine.close()
    bad = [f for f in findings if not f.ok]
    uncovered = engine.catalog.uncovered()
    if as_json:
        print(json.dumps({"ok": not bad, "findings": [f.to_json() for f in findings],
                          "uncovered_syllabus_ids": uncovered}, indent=2))
    else:
        console.print(f"\n{len(chosen)} lessons, {len(findings)} checks, {len(bad)} failed. "
                      f"{len(uncovered)} syllabus ids are not yet claimed by a lesson.")
    raise typer.Exit(1 if bad else 0)


runs_app = typer.Typer(help="Saved training runs: list, compare, export, delete.",
                       rich_markup_mode=None)
app.add_typer(runs_app, name="runs")


def _headline(summary) -> str:
    """The run's most telling metric: a test/accuracy figure if any, else the cost."""
    from tui.runinfo import headline_text

    return headline_text(summary)


@runs_app.callback(invoke_without_command=True)
def runs_list(ctx: typer.Context,
              lesson: Annotated[str | None, typer.Option(help="Only this lesson's runs.")] = None,
              as_json: JsonOption = False) -> None:
    """Every saved run, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    engine = _engine()
    summaries, problems = engine.runs(lesson)
    for problem in problems:
        err.print(f"[yellow]warning:[/] {escape(problem)}")
    if as_json:
        print(json.dumps([s.to_json() for s in summaries], indent=2))
        return
    table = Table("run", "lesson", "started", "seed", "params", "status", "metric",
                  box=None, pad_edge=False)
    for s in summaries:
        params = " ".join(f"{k}={v}" for k, v in s.params.items() if k != "seed")
        table.add_row(s.run_id, s.lesson, s.started_at.replace("T", " ")[:19], str(s.seed),
                      escape(params), s.status, escape(_headline(s)))
    console.print(table if summaries else "No saved runs yet: `dls-tui train LESSON` makes one.")


@runs_app.command("compare")
def runs_compare(runs: list[str], as_json: JsonOption = False) -> None:
    """Hyperparameters, final/best metrics and code differences of two or more runs."""
    from engine.compare import compare
    from tui.charts import overlay_chart

    engine = _engine()
    if len(runs) < 2:
        raise _fail("name at least two runs")
    try:
        comparison = compare([engine.open_run(ref) for ref in runs])
    except EngineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        print(json.dumps(comparison.to_json(), indent=2))
        return
    table = Table("", *[s.run_id for s in comparison.summaries], box=None, pad_edge=False)
    table.add_row("status", *[s.status for s in comparison.summaries])
    differing = set(comparison.differing_params())
    for name in comparison.param_names:
        style = "bold" if name in differing else "dim"
        table.add_row(f"[{style}]{escape(name)}[/]",
                      *[escape(str(s.params.get(name, "—"))) for s in comparison.summaries])
    for name in comparison.metric_names:
        cells = []
        for s in comparison.summaries:
            m = s.metrics.get(name)
            cells.append(f"{m.final:.4g} (best {m.best:.4g} @ {m.best_step})" if m else "—")
        table.add_row(name, *cells)
    console.print(table)
    for name in comparison.metric_names:
        console.print(overlay_chart(comparison, name))
    for index in range(1, len(comparison.runs)):
        diff = comparison.code_diff(index)
        label = f"code: {comparison.runs[0].run_id} → {comparison.runs[index].run_id}"
        console.print(f"\n[bold]{label}[/]")
        console.print(diff if diff else "identical code")


@runs_app.command("export")
def runs_export(run: str,
                csv_path: Annotated[Path | None, typer.Option("--csv", help="Write the metrics "
                                                              "to this CSV file.")] = None,
                tensorboard: Annotated[Path | None, typer.Option(
                    help="Write TensorBoard event files under this log directory.")] = None,
                ) -> None:
    """Export a run's metrics to CSV, or to TensorBoard event files."""
    from engine.export import to_csv, to_tensorboard

    engine = _engine()
    if csv_path is None and tensorboard is None:
        raise _fail("choose --csv FILE and/or --tensorboard DIR")
    try:
        saved = engine.open_run(run)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    if csv_path is not None:
        rows = to_csv(saved, csv_path)
        console.print(f"wrote {rows} metric points to {csv_path}")
    if tensorboard is not None:
        problem = to_tensorboard(saved.folder, tensorboard)
        if problem:
            raise _fail(f"TensorBoard export failed: {problem}", 1)
        console.print(f"wrote TensorBoard events to {tensorboard / saved.run_id} "
                      f"(view with: tensorboard --logdir {tensorboard})")


@runs_app.command("delete")
def runs_delete(run: str, yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")]
                = False) -> None:
    """Delete a saved run (asks first)."""
    engine = _engine()
    try:
        folder = engine.run_folder(run)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    if not yes and not typer.confirm(f"Delete run {folder.name}?", default=False):
        raise typer.Exit(1)
    engine.delete_run(folder.name)
    console.print(f"deleted {folder.name}")


@app.command()
def replay(run: str,
           speed: Annotated[float, typer.Option(help="Playback speed; 0 = instant.")] = 10.0,
           as_json: JsonOption = False) -> None:
    """Replay a saved run through the same live view (no code runs)."""
    import time

    from engine.replay import ReplayCursor
    from tui.live import TrainPrinter

    engine = _engine()
    try:
        saved = engine.open_run(run)
    except EngineError as exc:
        raise _fail(str(exc)) from None
    for warning in saved.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}")
    printer = TrainPrinter(console, engine.workspace.runs_dir, as_json=as_json)
    cursor = ReplayCursor(saved.events)
    tick = 1 / 15
    try:
        while not cursor.finished:
            batch = cursor.rest() if speed <= 0 else cursor.advance(tick, speed)
            for event in batch:
                printer.on_event(event)
            if speed > 0:
                time.sleep(tick)
    except KeyboardInterrupt:
        pass
    printer.close()
    if not as_json:
        printer.print_pictures()
        printer.print_latest()
        console.print(f"replayed {saved.run_id} ({saved.status})")


def main() -> None:
    try:
        app()
    except LessonError as exc:
        err.print(f"[bold red]error:[/] malformed lesson: {escape(str(exc))}")
        sys.exit(2)


if __name__ == "__main__":
    main()
