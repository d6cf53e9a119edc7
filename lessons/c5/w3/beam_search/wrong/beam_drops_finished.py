def beam_search(P, beam_width, max_len):
    beams = [((), 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = [c for c in expand_beams(beams, P) if c[0][-1] != 1]  # noqa: F821
        finished += [c for c in expand_beams(beams, P) if c[0][-1] == 1]  # noqa: F821
        beams = sorted(candidates, key=lambda c: c[1], reverse=True)[:beam_width]
        if not beams:
            break
    return sorted(finished + beams, key=lambda c: c[1], reverse=True)[:beam_width]
