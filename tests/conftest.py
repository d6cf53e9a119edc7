"""Shared fixtures: a throwaway workspace and a catalog holding the tiny fixture lesson."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.api import Engine
from engine.workspace import Workspace
from lessons.catalog import Catalog, load_catalog, load_lesson, load_syllabus

FIXTURE_LESSONS = Path(__file__).parent / "fixtures" / "lessons"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws")


@pytest.fixture
def fixture_catalog() -> Catalog:
    lesson = load_lesson(FIXTURE_LESSONS / "c1" / "w2" / "doubling", FIXTURE_LESSONS)
    return Catalog([lesson], load_syllabus())


@pytest.fixture
def fixture_engine(workspace: Workspace, fixture_catalog: Catalog):
    engine = Engine(workspace, fixture_catalog, warm=True)
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()
