"""The code editor: Textual's TextArea with Python highlighting that follows the app's theme."""

from __future__ import annotations

from textual.theme import Theme
from textual.widgets import TextArea

DARK_THEME = "monokai"
LIGHT_THEME = "github_light"


class CodeEditor(TextArea):
    """A Python editor; ``highlighting`` says whether the tree-sitter grammar really loaded.

    Without ``tree-sitter-python`` TextArea silently shows plain text, so the app can warn.
    """

    @classmethod
    def for_python(cls, text: str, *, id: str | None = None) -> CodeEditor:
        editor = cls.code_editor(text, language="python", theme=DARK_THEME, id=id)
        assert isinstance(editor, CodeEditor)
        return editor

    @property
    def highlighting(self) -> bool:
        return self._highlight_query is not None

    def on_mount(self) -> None:
        self._follow_theme(self.app.current_theme)
        self.app.theme_changed_signal.subscribe(self, self._follow_theme)

    def _follow_theme(self, theme: Theme) -> None:
        self.theme = DARK_THEME if theme.dark else LIGHT_THEME
