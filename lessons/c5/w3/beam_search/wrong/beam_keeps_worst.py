def beam_search(P, beam_width, max_len):
    beams = [((), 0.0)]
    for _ in range(max_len):
        candidates = expand_beams(beams, P)  # noqa: F821
        beams = sorted(candidates, key=lambda c: c[1])[:beam_width]
        if all(s and s[-1] == 1 for s, _ in beams):
            break
    return beams
