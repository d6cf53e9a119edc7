"""Supervised learning with neural networks: which kind of data, which kind of network.

An input is described by the kinds of data it is made of, a list drawn from
"table" (columns of a database, such as size or age), "image", "audio" and "text".
Write the two functions between the YOUR CODE markers.
"""


def is_structured(input_kinds):
    """Is this input structured data?

    Arguments:
    input_kinds -- a non-empty list of kinds, e.g. ["table"] or ["image", "table"]

    Returns:
    structured -- True if EVERY part of the input is a "table", otherwise False
    """
    # YOUR CODE STARTS HERE
    # stub: structured = None
    structured = all(kind == "table" for kind in input_kinds)
    # YOUR CODE ENDS HERE
    return structured


def network_family(input_kinds):
    """Which family of network the course uses for an input.

    Arguments:
    input_kinds -- a non-empty list of kinds, as in is_structured

    Returns:
    family -- "standard" for tables, "cnn" for images, "rnn" for sequences (audio, text);
              when the parts call for different families, "hybrid"
    """
    # YOUR CODE STARTS HERE
    # stub: family = None
    family_of = {"table": "standard", "image": "cnn", "audio": "rnn", "text": "rnn"}
    families = {family_of[kind] for kind in input_kinds}
    family = families.pop() if len(families) == 1 else "hybrid"
    # YOUR CODE ENDS HERE
    return family
