"""Assertions for lesson tests that explain *how* an answer is wrong.

A lesson's tests call ``expect(actual, expected, name=...)``. When the answer is wrong it raises
``Mismatch`` carrying a structured diagnosis, checked in this order: type, then shape, then dtype,
then values (max absolute and relative error and the index where the worst one occurs). The
check engine renders the diagnosis; for hidden tests it leaves the expected values out.

``reference`` gives hidden tests the lesson's reference solution so they can compare on freshly
drawn inputs of varied shapes and seeds instead of hard-coding numbers.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import numpy as np


class Mismatch(AssertionError):
    """A wrong answer with a diagnosis: a dict the engine renders per tier."""

    def __init__(self, diagnosis: dict[str, Any]) -> None:
        self.diagnosis = diagnosis
        super().__init__(render(diagnosis, show_expected=True))


def _type_name(value: Any) -> str:
    kind = type(value)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"


def _short(value: Any) -> str:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, np.ndarray):
        with np.printoptions(precision=8, threshold=40, edgeitems=3):
            return np.array2string(value, separator=", ")
    text = repr(value)
    return text if len(text) <= 300 else text[:297] + "..."


def _is_tensor(value: Any) -> bool:
    return hasattr(value, "numpy") and hasattr(value, "shape") and hasattr(value, "dtype")


def expect(actual: Any, expected: Any, name: str = "result", *, rtol: float = 1e-5,
           atol: float = 1e-7, strict_type: bool = False) -> None:
    """Compare an answer with the expected one, recursing into dicts, tuples and lists.

    ``strict_type`` demands the exact Python type (the course insists that some values are a
    plain ``float``, not a numpy scalar) and, for arrays, the exact dtype (uint8 images).
    """
    if isinstance(expected, dict):
        _expect_instance(actual, dict, name)
        for key, value in expected.items():
            if key not in actual:
                raise Mismatch({"check": "key", "name": name, "missing": key,
                                "actual": f"keys {sorted(map(str, actual))}"})
            expect(actual[key], value, f"{name}[{key!r}]", rtol=rtol, atol=atol)
        return
    if isinstance(expected, (tuple, list)):
        _expect_instance(actual, type(expected), name)
        if len(actual) != len(expected):
            raise Mismatch({"check": "length", "name": name, "actual": len(actual),
                            "expected": len(expected)})
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            expect(a, e, f"{name}[{i}]", rtol=rtol, atol=atol, strict_type=strict_type)
        return
    if strict_type and type(actual) is not type(expected):
        raise Mismatch({"check": "type", "name": name, "actual": _type_name(actual),
                        "expected": _type_name(expected)})
    if _is_tensor(expected):
        if not _is_tensor(actual):
            raise Mismatch({"check": "type", "name": name, "actual": _type_name(actual),
                            "expected": "a TensorFlow tensor (use the TensorFlow API)"})
        actual, expected = np.asarray(actual.numpy()), np.asarray(expected.numpy())
    if isinstance(expected, np.ndarray):
        _expect_instance(actual, np.ndarray, name)
        if strict_type and actual.shape == expected.shape and actual.dtype != expected.dtype:
            raise Mismatch({"check": "dtype", "name": name, "actual": str(actual.dtype),
                            "expected": str(expected.dtype)})
        _expect_array(actual, expected, name, rtol, atol)
        return
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(actual, (bool, np.bool_)) or bool(actual) != bool(expected):
            raise Mismatch({"check": "value", "name": name, "actual": _short(actual),
                            "expected": _short(expected)})
        return
    if isinstance(expected, (int, float, np.number)):
        if not isinstance(actual, (int, float, np.number)) or isinstance(actual, bool):
            raise Mismatch({"check": "type", "name": name, "actual": _type_name(actual),
                            "expected": "a number"})
        _expect_array(np.asarray(actual, dtype=float), np.asarray(expected, dtype=float),
                      name, rtol, atol)
        return
    if actual != expected:
        raise Mismatch({"check": "value", "name": name, "actual": _short(actual),
                        "expected": _short(expected)})


def _expect_instance(actual: Any, kind: type, name: str) -> None:
    if not isinstance(actual, kind):
        raise Mismatch({"check": "type", "name": name, "actual": _type_name(actual),
                        "expected": kind.__name__ if kind.__module__ == "builtins"
                        else f"{kind.__module__}.{kind.__name__}"})


def _expect_array(actual: np.ndarray, expected: np.ndarray, name: str, rtol: float,
                  atol: float) -> None:
    if actual.shape != expected.shape:
        raise Mismatch({"check": "shape", "name": name, "actual": str(actual.shape),
                        "expected": str(expected.shape)})
    if expected.dtype.kind != actual.dtype.kind and not (
            expected.dtype.kind in "fiu" and actual.dtype.kind in "fiub"):
        raise Mismatch({"check": "dtype", "name": name, "actual": str(actual.dtype),
                        "expected": str(expected.dtype)})
    a = actual.astype(float) if actual.dtype.kind in "biu" else actual
    e = expected.astype(float) if expected.dtype.kind in "biu" else expected
    if a.size == 0:
        return
    if a.dtype.kind not in "fc":
        bad = np.argwhere(a != e)
        if bad.size:
            where = tuple(int(i) for i in bad[0])
            raise Mismatch({"check": "values", "name": name, "count": int(len(bad)),
                            "size": int(a.size), "where": list(where),
                            "actual_at": _short(a[where]), "expected_at": _short(e[where]),
                            "actual": _short(actual), "expected": _short(expected)})
        return
    close = np.isclose(a, e, rtol=rtol, atol=atol, equal_nan=False)
    if close.all():
        return
    with np.errstate(invalid="ignore", divide="ignore"):
        abs_err = np.abs(a - e)
        rel_err = abs_err / np.maximum(np.abs(e), np.finfo(float).tiny)
    abs_err = np.where(np.isnan(abs_err), np.inf, abs_err)
    worst = np.unravel_index(int(np.argmax(abs_err)), a.shape) if a.ndim else ()
    raise Mismatch({
        "check": "values", "name": name, "count": int((~close).sum()), "size": int(a.size),
        "max_abs_err": float(abs_err.max()), "max_rel_err": float(np.nanmax(rel_err)),
        "where": [int(i) for i in worst], "actual_at": _short(a[worst]),
        "expected_at": _short(e[worst]), "actual": _short(actual), "expected": _short(expected),
        "has_nan": bool(np.isnan(a).any())})


#: Diagnosis keys that reveal expected values; hidden tests never show them.
SECRET_KEYS = ("expected", "expected_at")


def render(diagnosis: dict[str, Any], *, show_expected: bool) -> str:
    """One readable paragraph for a diagnosis. Hidden tests pass show_expected=False."""
    d = diagnosis
    name = d.get("name", "result")
    check = d.get("check")
    if check == "type":
        nudge = (" Is the stub's `None` placeholder still there?"
                 if d["actual"] == "NoneType" else "")
        return f"{name}: wrong type: got {d['actual']}, expected {d['expected']}.{nudge}"
    if check == "shape":
        return f"{name}: wrong shape: got {d['actual']}, expected {d['expected']}."
    if check == "dtype":
        return f"{name}: wrong dtype: got {d['actual']}, expected {d['expected']}."
    if check == "key":
        return f"{name}: missing key {d['missing']!r} (found {d['actual']})."
    if check == "length":
        return f"{name}: wrong length: got {d['actual']}, expected {d['expected']}."
    if check == "values":
        where = tuple(d.get("where", []))
        lines = [f"{name}: {d['count']} of {d['size']} values differ."]
        if "max_abs_err" in d:
            lines.append(f"max abs error {d['max_abs_err']:.3g}, max rel error "
                         f"{d['max_rel_err']:.3g}, worst at index {where}.")
        if d.get("has_nan"):
            lines.append("Your result contains NaN (a log of 0, or 0/0?).")
        if show_expected:
            lines.append(f"At {where}: got {d['actual_at']}, expected {d['expected_at']}.")
            lines.append(f"got      {d['actual']}")
            lines.append(f"expected {d['expected']}")
        else:
            lines.append(f"At {where} you returned {d['actual_at']}.")
        return "\n".join(lines)
    if show_expected:
        return f"{name}: got {d.get('actual')}, expected {d.get('expected')}."
    return f"{name}: got {d.get('actual')}, which is not what the test expects."


def reference() -> ModuleType:
    """The lesson's reference solution, loaded by the engine for hidden tests only."""
    module = sys.modules.get("reference")
    if module is None:
        raise RuntimeError("the reference solution is only available to hidden tests")
    return module


def submission() -> ModuleType:
    """The module under test (the learner's file, or a solution/variant during verify)."""
    return sys.modules["submission"]
