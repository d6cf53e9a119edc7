def beam_search(P, beam_width, max_len):
    beams = [((), 0.0)]
    for _ in range(max_len):
        new_beams = []
        for beam in beams:
            children = expand_beams([beam], P)  # noqa: F821
            new_beams += sorted(children, key=lambda c: c[1], reverse=True)[:beam_width]
        beams = new_beams
        if all(s and s[-1] == 1 for s, _ in beams):
            break
    return sorted(beams, key=lambda c: c[1], reverse=True)[:beam_width]
