import itertools


def ctc_paths(label, T, alphabet, blank="_"):
    return sorted("".join(p) for p in itertools.product(alphabet + blank, repeat=T)
                  if "".join(p).replace(blank, "") == label)
