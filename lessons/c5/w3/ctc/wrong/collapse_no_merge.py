def ctc_collapse(path, blank="_"):
    return path.replace(blank, "")
