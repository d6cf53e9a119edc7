"""A live look at YOUR one_step_attention on a date-translation example (nothing is trained).

The task of the course's translation assignment: "3 may 1979" -> "1979-05-03". Here the
encoder and decoder are replaced by hand-made vectors so that you can see attention work:

- a<t'> (one row per input character) marks which output positions that character is
  responsible for (a year digit -> its digit of YYYY, the month letters -> both digits of MM,
  the day digits -> DD, a space -> the dash that replaces it), plus a little noise;
- s<t-1> marks which output position the decoder is about to write (a one-hot, plus noise);
- the energy network gets hand-designed weights that fire when the two marks agree.

Your repeat_and_concat and one_step_attention then compute the attention of every output
character over the input characters, shown as heatmaps (rows = output chars, cols = input
chars). For contrast the same date is first run with random weights, i.e. an untrained model.
"""

from __future__ import annotations

import numpy as np

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def parse(date):
    """'3 may 1979' -> (input chars, output chars, alignment of shape (T_x, T_y))."""
    words = date.lower().split()
    if len(words) != 3 or not words[0].isdigit() or words[1] not in MONTHS or not words[2].isdigit():
        raise ValueError(f"dates look like '3 may 1979', got {date!r}")
    day, month, year = words
    source = f"{day} {month} {year}"
    target = f"{int(year):04d}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
    align = np.zeros((len(source), len(target)))
    d0, m0, y0 = 0, len(day) + 1, len(day) + len(month) + 2
    for k in range(4):                                   # year digits, one to one
        align[y0 + k, k] = 1
    align[m0 + len(month), 4] = 1                        # space before the year -> first dash
    align[m0:m0 + len(month), 5:7] = 1                   # every month letter -> both MM digits
    align[m0 - 1, 7] = 1                                 # space after the day -> second dash
    if len(day) == 1:
        align[d0, 8:10] = 1                              # '3' -> '0' and '3'
    else:
        align[d0, 8] = align[d0 + 1, 9] = 1
    return list(source), list(target), align


def designed_parameters(t_y, sharpness):
    """Energies of about 2 * sharpness where s and a mark the same output position, 0 elsewhere."""
    k = 6.0
    return {"W1": k * np.vstack([np.eye(t_y), np.eye(t_y)]), "b1": np.full(t_y, -1.5 * k),
            "W2": np.full((t_y, 1), sharpness), "b2": np.array([sharpness * t_y])}


def random_parameters(n_in, n_h):
    return {"W1": np.random.randn(n_in, n_h), "b1": np.zeros(n_h),
            "W2": np.random.randn(n_h, 1), "b2": np.zeros(1)}


def attend(learner, a, states, parameters):
    t_x = a.shape[0]
    rows = []
    for s_prev in states:
        context, alphas = learner.one_step_attention(a, s_prev, parameters)
        if alphas is None or context is None:
            raise ValueError("one_step_attention returned None: finish it first (dls-tui check)")
        alphas = np.asarray(alphas, dtype=float).reshape(-1)
        if alphas.shape != (t_x,):
            raise ValueError(f"alphas has {alphas.size} values, expected T_x = {t_x}")
        rows.append(alphas)
    return np.stack(rows)


def train(learner, emit, params):
    dates = [d.strip() for d in str(params["dates"]).split(";") if d.strip()]
    noise = float(params["noise"])
    sharpness = float(params["sharpness"])
    total = len(dates) + 1
    mass = []
    for i, date in enumerate(dates):
        source, target, align = parse(date)
        t_x, t_y = len(source), len(target)
        a = align + noise * np.random.randn(t_x, t_y)
        states = np.eye(t_y) + noise * np.random.randn(t_y, t_y)
        if i == 0:
            weights = attend(learner, a, states, random_parameters(2 * t_y, int(params["n_h_random"])))
            emit.heatmap(f"'{date}' with RANDOM weights (untrained)", weights, target, source)
            emit.log("random weights scatter the attention with no sense of alignment")
            emit.progress(1, total)
        weights = attend(learner, a, states, designed_parameters(t_y, sharpness))
        emit.heatmap(f"'{date}' -> '{''.join(target)}' (rows = output, cols = input)",
                     weights, target, source)
        on_target = np.sum(weights * (align.T > 0), axis=1)
        for t, ch in enumerate(target):
            emit.metric(t + 1, f"attention on the right input ({date})", float(on_target[t]))
            best = int(np.argmax(weights[t]))
            emit.text(f"writing '{ch}' (step {t + 1}): looks most at '{source[best]}' "
                      f"(input {best + 1}), weight {weights[t, best]:.2f}", channel="attention")
        mass.append(float(np.mean(on_target)))
        emit.log(f"'{date}': {100 * mass[-1]:.1f}% of the attention on the right characters")
        emit.progress(i + 2, total)
    return {"dates": len(dates), "mean_attention_on_right_input": round(float(np.mean(mass)), 4)}
