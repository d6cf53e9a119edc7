"""The stub is derived from the solution's markers."""

from __future__ import annotations

import pytest

from lessons.stubs import StubError, make_stub, strip_stub_comments

SOLUTION = '''def f(x):
    """Doc."""
    # YOUR CODE STARTS HERE
    # stub: y = None
    y = x + 1
    y = y * 2
    # YOUR CODE ENDS HERE
    return y
'''


def test_region_code_is_replaced_by_placeholders() -> None:
    stub = make_stub(SOLUTION)
    assert "    # YOUR CODE STARTS HERE  (≈ 2 lines)\n    y = None\n    # YOUR CODE ENDS HERE" in stub
    assert "x + 1" not in stub and '"""Doc."""' in stub


def test_solution_for_reading_drops_stub_lines() -> None:
    assert "# stub:" not in strip_stub_comments(SOLUTION)
    assert "y = x + 1" in strip_stub_comments(SOLUTION)


@pytest.mark.parametrize("broken", [
    SOLUTION.replace("    # YOUR CODE ENDS HERE\n", ""),
    SOLUTION.replace("    # YOUR CODE STARTS HERE\n", ""),
    SOLUTION.replace("    # stub: y = None\n", "    # YOUR CODE STARTS HERE\n"),
])
def test_unbalanced_markers_are_reported(broken: str) -> None:
    with pytest.raises(StubError, match="line"):
        make_stub(broken)


def test_every_real_stub_derives(catalog) -> None:
    for lesson in catalog.lessons:
        stub = make_stub(lesson.solution_path.read_text())
        compile(stub, str(lesson.solution_path), "exec")
