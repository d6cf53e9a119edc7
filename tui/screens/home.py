"""Home: every lesson as a course > week > lesson tree, with progress and 'continue'."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, Tree
from textual.widgets.tree import TreeNode

from engine.api import Engine, LessonInfo
from tui.status import STATUS, count_text, progress_count, status_label


def continue_target(infos: list[LessonInfo], last: str | None) -> str | None:
    """Where 'continue' goes: the last lesson if unfinished, else the next unfinished one."""
    if not infos:
        return None
    ids = [i.id for i in infos]
    unfinished = [i.id for i in infos if i.status != "passed"]
    if last in ids:
        if last in unfinished:
            return last
        after = [i for i in unfinished if ids.index(i) > ids.index(last)]
        return (after or unfinished or [last])[0]
    return (unfinished or ids)[0]


def lesson_label(info: LessonInfo) -> Text:
    label = status_label(info.status)
    label.append("  ")
    label.append(info.title, "bold" if info.kind == "assignment" else "")
    return label


def group_label(code: str, title: str, statuses: list[str]) -> Text:
    label = Text(f"{code} ", style="bold")
    label.append(title, "bold")
    label.append("  ")
    label.append_text(count_text(statuses))
    return label


class HomeScreen(Screen[None]):
    """The lesson tree (left) and what the highlighted item holds (right)."""

    CSS_PATH = Path(__file__).with_name("home.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("enter", "open_highlighted", "open",
                tooltip="open the lesson (or fold a course or week)"),
        Binding("c", "continue", "continue", tooltip="open the next unfinished lesson"),
        Binding("f9", "app.open_runs", "runs",
                tooltip="saved runs: replay, compare, export, delete"),
        Binding("q", "app.quit", "quit", tooltip="quit (your work is saved as you go)"),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__(id="home")
        self.engine = engine
        self.nodes: dict[str, TreeNode[str | None]] = {}
        self.infos: dict[str, LessonInfo] = {}
        self.progress = engine.progress()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="home-body"):
            yield Tree[str | None]("Lessons", id="lesson-tree")
            with VerticalScroll(id="home-detail-box"):
                yield Static("", id="home-detail")
        yield Footer(compact=True)

    @property
    def tree(self) -> Tree[str | None]:
        return self.query_one("#lesson-tree", Tree)

    def on_mount(self) -> None:
        self.title = "Deep Learning Specialization"
        self.sub_title = "choose a lesson"
        self._build()
        self.tree.focus()

    def on_screen_resume(self) -> None:
        if self.nodes:
            self.refresh_statuses()

    # --- the tree -------------------------------------------------------------------------
    def _build(self) -> None:
        tree = self.tree
        tree.show_root = False
        tree.clear()
        self.nodes.clear()
        infos = self.engine.lessons()
        self.infos = {i.id: i for i in infos}
        self.progress = self.engine.progress()
        target = continue_target(infos, self.progress.last_lesson)
        target_node: TreeNode[str | None] | None = None
        for course in self.engine.catalog.courses:
            course_infos = [i for i in infos if i.course == course.id]
            if not course_infos:
                continue
            course_node = tree.root.add(
                group_label(course.id.upper(), course.title, [i.status for i in course_infos]),
                data=f"course:{course.id}")
            for week in course.weeks:
                week_infos = [i for i in course_infos if i.week == week.id]
                if not week_infos:
                    continue
                week_node = course_node.add(
                    group_label(f"W{week.id[-1]}", week.title, [i.status for i in week_infos]),
                    data=f"week:{week.id}")
                for info in week_infos:
                    node = week_node.add_leaf(lesson_label(info), data=info.id)
                    self.nodes[info.id] = node
                    if info.id == target:
                        target_node = node
        if target_node is not None:
            parent = target_node.parent
            while parent is not None:
                parent.expand()
                parent = parent.parent
            self.call_after_refresh(self._move_to, target_node)
        elif tree.root.children:
            tree.root.children[0].expand()
        self._show_detail(target)

    def _move_to(self, node: TreeNode[str | None]) -> None:
        self.tree.move_cursor(node)
        self.tree.scroll_to_node(node, animate=False)

    def refresh_statuses(self) -> None:
        """Re-read progress and relabel in place, keeping what is expanded and the cursor."""
        infos = self.engine.lessons()
        self.infos = {i.id: i for i in infos}
        self.progress = self.engine.progress()
        for info in infos:
            node = self.nodes.get(info.id)
            if node is not None:
                node.set_label(lesson_label(info))
        for course in self.engine.catalog.courses:
            for node in self.tree.root.children:
                if node.data == f"course:{course.id}":
                    statuses = [i.status for i in infos if i.course == course.id]
                    node.set_label(group_label(course.id.upper(), course.title, statuses))
                    for week_node in node.children:
                        week_id = str(week_node.data).removeprefix("week:")
                        week = next(w for w in course.weeks if w.id == week_id)
                        week_node.set_label(group_label(
                            f"W{week.id[-1]}", week.title,
                            [i.status for i in infos if i.week == week.id]))
        node = self.tree.cursor_node
        self._show_detail(node.data if node is not None else None)

    # --- the detail pane ------------------------------------------------------------------
    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str | None]) -> None:
        self._show_detail(event.node.data)

    def _show_detail(self, data: str | None) -> None:
        self.query_one("#home-detail", Static).update(self._detail_text(data))

    def _detail_text(self, data: str | None) -> Text:
        if data is None:
            return Text("")
        if data.startswith(("course:", "week:")):
            kind, _, ident = data.partition(":")
            infos = [i for i in self.infos.values()
                     if (i.course if kind == "course" else i.week) == ident]
            passed, total = progress_count(i.status for i in infos)
            text = Text(f"{passed} of {total} lessons passed\n\n", style="bold")
            for glyph, word, _ in STATUS.values():
                text.append(f"{glyph} {word}  ", "dim")
            text.append("\n\nenter: expand or collapse · c: continue", "dim")
            return text
        info = self.infos.get(data)
        if info is None:
            return Text("")
        lesson = self.engine.lesson(info.id)
        entry = self.progress.of(info.id)
        text = Text(info.title + "\n", style="bold")
        text.append(f"{info.id} · {info.kind}\n\n", "dim")
        text.append_text(status_label(info.status, pad=False))
        if entry.last_checked:
            text.append(f"\nlast check: public {entry.public[0]}/{entry.public[1]} · "
                        f"hidden {entry.hidden[0]}/{entry.hidden[1]}")
        exercises = ", ".join(e.function for e in lesson.exercises)
        text.append(f"\n\nexercises: {exercises}")
        if lesson.train is not None:
            text.append("\ntraining: " + (lesson.train.description or "yes"))
        text.append("\n\nenter: open this lesson", "dim")
        return text

    # --- actions --------------------------------------------------------------------------
    def on_tree_node_selected(self, event: Tree.NodeSelected[str | None]) -> None:
        data = event.node.data
        if data is not None and data in self.infos:
            event.stop()
            self.app.open_lesson(data)  # type: ignore[attr-defined]

    def action_open_highlighted(self) -> None:
        node = self.tree.cursor_node
        if node is None:
            return
        if node.data in self.infos:
            self.app.open_lesson(node.data)  # type: ignore[attr-defined]
        else:
            node.toggle()

    def action_continue(self) -> None:
        self.progress = self.engine.progress()
        target = continue_target(list(self.infos.values()), self.progress.last_lesson)
        if target is None:
            self.notify("There are no lessons yet.", severity="warning")
            return
        self.app.open_lesson(target)  # type: ignore[attr-defined]

    def palette_commands(self) -> list[tuple[str, str, object]]:
        return [("Continue", "Open the next unfinished lesson", self.action_continue)]
