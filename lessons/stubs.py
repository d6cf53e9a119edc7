"""Derive the learner's stub from the reference solution, so the two can never drift apart.

In ``solution.py`` each graded region sits between ``# YOUR CODE STARTS HERE`` and
``# YOUR CODE ENDS HERE``. In the stub, the region's code is removed; lines written as
``# stub: <code>`` inside the region become the stub's placeholder code (typically
``s = None``), and the start marker says roughly how many lines the answer takes.
"""

from __future__ import annotations

import re

START = "# YOUR CODE STARTS HERE"
END = "# YOUR CODE ENDS HERE"
_STUB = re.compile(r"^(\s*)# stub: ?(.*)$")


class StubError(ValueError):
    """The solution's markers are unbalanced; the message gives the line."""


def make_stub(solution_source: str) -> str:
    """The stub text for a solution's source."""
    out: list[str] = []
    region: list[str] | None = None
    start_line = 0
    for number, line in enumerate(solution_source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith(START):
            if region is not None:
                raise StubError(f"line {number}: a region starts inside another "
                                f"(opened on line {start_line})")
            region, start_line = [], number
            out.append(line)
            continue
        if stripped.startswith(END):
            if region is None:
                raise StubError(f"line {number}: '{END}' without a start")
            out[-1] = out[-1].rstrip() + _size_note(region)
            out.extend(_placeholders(region))
            out.append(line)
            region = None
            continue
        if region is None:
            out.append(line)
        else:
            region.append(line)
    if region is not None:
        raise StubError(f"line {start_line}: region never ends with '{END}'")
    return "\n".join(out) + "\n"


def _placeholders(region: list[str]) -> list[str]:
    lines = []
    for line in region:
        match = _STUB.match(line)
        if match:
            lines.append(match.group(1) + match.group(2))
    return lines


def _size_note(region: list[str]) -> str:
    code = [line for line in region if line.strip() and not line.strip().startswith("#")]
    if not code:
        return ""
    return f"  (≈ {len(code)} line{'s' if len(code) != 1 else ''})"


def strip_stub_comments(solution_source: str) -> str:
    """The solution as a learner should read it: without the ``# stub:`` lines."""
    return "\n".join(line for line in solution_source.splitlines()
                     if not _STUB.match(line)) + "\n"
