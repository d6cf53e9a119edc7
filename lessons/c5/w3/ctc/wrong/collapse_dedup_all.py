def ctc_collapse(path, blank="_"):
    seen = []
    for ch in path:
        if ch != blank and ch not in seen:
            seen.append(ch)
    return "".join(seen)
