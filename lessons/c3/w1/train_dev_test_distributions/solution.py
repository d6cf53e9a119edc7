"""Train / dev / test distributions: the dev and test sets must aim at the same target.

Every example comes from one region. regions is a 1-D numpy array of length m holding the
region name of each example (example j is column j of X). A set of examples is given by
their indices: a 1-D numpy array of ints, e.g. X_dev = X[:, dev_idx].
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def region_shares(regions, idx, names):
    """What fraction of a set's examples comes from each region.

    Arguments:
    regions -- numpy array of shape (m,): the region of every example
    idx -- numpy array of ints: the indices of the examples in the set (not empty)
    names -- a sequence of region names: the order of the result

    Returns:
    shares -- numpy array of shape (len(names),): shares[k] is the fraction of the set's
              examples whose region is names[k]
    """
    # YOUR CODE STARTS HERE
    # stub: shares = None
    in_set = regions[idx]
    shares = np.array([np.sum(in_set == name) for name in names]) / len(idx)
    # YOUR CODE ENDS HERE
    return shares


def stratified_split(regions, seed=0):
    """Split the examples into a dev set and a test set with the same mix of regions.

    Draw the randomness exactly like this, so that results are reproducible:
        rng = np.random.default_rng(seed)
        for each name in np.unique(regions) (sorted order):
            members = the indices of the examples of that region, in increasing order
            shuffled = rng.permutation(members)
            the first len(members) // 2 of shuffled go to dev, the rest to test
    Return each set's indices sorted in increasing order.

    Arguments:
    regions -- numpy array of shape (m,): the region of every example
    seed -- the seed of the generator, an int

    Returns:
    split -- a tuple (dev_idx, test_idx) of sorted 1-D numpy int arrays
    """
    # YOUR CODE STARTS HERE
    # stub: split = None
    rng = np.random.default_rng(seed)
    dev, test = [], []
    for name in np.unique(regions):
        members = np.flatnonzero(regions == name)
        shuffled = rng.permutation(members)
        half = len(members) // 2
        dev.append(shuffled[:half])
        test.append(shuffled[half:])
    split = (np.sort(np.concatenate(dev)), np.sort(np.concatenate(test)))
    # YOUR CODE ENDS HERE
    return split


def looks_mismatched(regions, dev_idx, test_idx, tolerance=0.05):
    """Whether the dev and test sets come from visibly different mixes of regions.

    Compare the two sets' region shares, over every region in np.unique(regions), with your
    region_shares. The split looks mismatched when, for at least one region, the dev share
    and the test share differ by more than tolerance.

    Arguments:
    regions -- numpy array of shape (m,): the region of every example
    dev_idx, test_idx -- numpy int arrays: the examples of the dev and of the test set
    tolerance -- the largest acceptable difference of shares, a float

    Returns:
    mismatched -- a Python bool
    """
    # YOUR CODE STARTS HERE
    # stub: mismatched = None
    names = np.unique(regions)
    gap = np.abs(region_shares(regions, dev_idx, names) - region_shares(regions, test_idx, names))
    mismatched = bool(np.max(gap) > tolerance)
    # YOUR CODE ENDS HERE
    return mismatched
