"""Curve smoothing done right: a debiased EMA first, downsampling only afterwards.

The plain EMA s_t = w s_(t-1) + (1 - w) x_t starts at 0 and so drags the first points
toward zero; dividing by (1 - w^t) removes that bias (the "bias correction" of Course 2).
Downsampling keeps each bucket's min and max so spikes survive on a narrow screen.
Stdlib only: the UI calls it on every redraw.
"""

from __future__ import annotations

from collections.abc import Sequence


def debiased_ema(values: Sequence[float], weight: float) -> list[float]:
    """Exponentially weighted average with bias correction. weight in [0, 1); 0 = raw."""
    if not 0.0 <= weight < 1.0:
        raise ValueError(f"smoothing weight must be in [0, 1), got {weight}")
    smoothed, average = [], 0.0
    for t, value in enumerate(values, start=1):
        average = weight * average + (1.0 - weight) * value
        smoothed.append(average / (1.0 - weight**t))
    return smoothed


def downsample(points: Sequence[tuple[float, float]], max_points: int
               ) -> list[tuple[float, float]]:
    """At most ``max_points`` points, keeping each bucket's lowest and highest value in order."""
    if len(points) <= max_points or max_points < 4:
        return list(points)
    buckets = max_points // 2
    size = len(points) / buckets
    out: list[tuple[float, float]] = []
    for b in range(buckets):
        chunk = points[int(b * size):int((b + 1) * size)] or points[-1:]
        low = min(chunk, key=lambda p: p[1])
        high = max(chunk, key=lambda p: p[1])
        out.extend(sorted({low, high}, key=lambda p: p[0]))
    return out


def smooth_series(points: Sequence[tuple[float, float]], weight: float, max_points: int
                  ) -> list[tuple[float, float]]:
    """Smooth the full series, then downsample it for display."""
    if not points:
        return []
    steps = [p[0] for p in points]
    values = debiased_ema([p[1] for p in points], weight)
    return downsample(list(zip(steps, values, strict=True)), max_points)
