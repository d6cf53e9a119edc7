def ctc_collapse(path, blank="_"):
    kept = path.replace(blank, "")
    return "".join(ch for i, ch in enumerate(kept) if i == 0 or ch != kept[i - 1])
