def ctc_collapse(path, blank="_"):
    return "".join(ch for i, ch in enumerate(path) if i == 0 or ch != path[i - 1])
