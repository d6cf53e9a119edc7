import itertools


def ctc_paths(label, T, alphabet, blank="_"):
    return sorted("".join(p) for p in itertools.product(alphabet + blank, repeat=T - 1)
                  if ctc_collapse("".join(p), blank) == label)  # noqa: F821 (defined in the solution)
