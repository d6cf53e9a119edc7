"""The catalog loads every real lesson, and a malformed lesson names its file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lessons.catalog import LessonError, load_catalog, load_lesson
from tests.conftest import FIXTURE_LESSONS


def _copy_fixture(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "lessons"
    shutil.copytree(FIXTURE_LESSONS, root)
    return root, root / "c1" / "w2" / "doubling"


def _edit_toml(folder: Path, old: str, new: str) -> None:
    path = folder / "lesson.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


@pytest.mark.parametrize(("old", "new", "field"), [
    ('title = "Doubling (test fixture)"\n', "", "title"),
    ('kind = "topic"', 'kind = "lecture"', "kind"),
    ("order = 10", 'order = "ten"', "order"),
    ('id = "c1w2.doubling"', 'id = "c1w3.doubling"', "id"),
    ('id = "c1w2.doubling"', 'id = "Doubling!"', "id"),
    ('covers = ["c1w2.broadcasting"]', 'covers = ["c1w2.no-such-topic"]', "covers[0]"),
    ('hints = ["Multiply by two.", ', "hints = [", "exercise[0].hints"),
    ('"wrong/square.py"', '"wrong/missing.py"', "exercise[0].wrong[1].file"),
    ("seed = 3", 'seed = "three"', "train.params.seed"),
    ('function = "double"', 'function = "not a name"', "exercise[0].function"),
    ('replace = "y = 2 * x"', 'replace = "y = 5 * x"', "exercise[0].wrong[2].replace"),
])
def test_malformed_lesson_names_file_and_field(tmp_path, old, new, field) -> None:
    from lessons.catalog import Catalog, load_syllabus

    root, folder = _copy_fixture(tmp_path)
    _edit_toml(folder, old, new)
    with pytest.raises(LessonError) as caught:
        Catalog([load_lesson(folder, root)], load_syllabus())
    assert caught.value.field == field
    assert str(folder / "lesson.toml") in str(caught.value)


def test_toml_syntax_error_names_the_file(tmp_path) -> None:
    root, folder = _copy_fixture(tmp_path)
    (folder / "lesson.toml").write_text("id = \n")
    with pytest.raises(LessonError, match=r"lesson.toml: field '\(syntax\)'"):
        load_lesson(folder, root)


def test_missing_content_file_is_named(tmp_path) -> None:
    root, folder = _copy_fixture(tmp_path)
    (folder / "test_hidden.py").unlink()
    with pytest.raises(LessonError, match="test_hidden.py"):
        load_lesson(folder, root)


def test_real_catalog_is_ordered_and_valid(catalog) -> None:
    keys = [(lesson.week, lesson.order) for lesson in catalog.lessons]
    assert keys == sorted(keys, key=lambda k: (k[0][1], k[0][3], k[1]))
    for lesson in catalog.lessons:
        assert lesson.folder.parent.name == f"w{lesson.week[3]}"


@pytest.mark.parametrize("prefix", ["c1w1", "c1w2", "c1w3", "c1w4"])
def test_course_weeks_are_fully_claimed(catalog, prefix) -> None:
    assert catalog.uncovered(prefix) == []


def test_load_catalog_reports_first_malformed_lesson(tmp_path) -> None:
    root, folder = _copy_fixture(tmp_path)
    _edit_toml(folder, 'kind = "topic"', 'kind = 3')
    with pytest.raises(LessonError, match="kind"):
        load_catalog(root)
