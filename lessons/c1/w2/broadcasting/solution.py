"""Broadcasting: let NumPy stretch a row or a column to match a matrix.

Fill in both functions between the YOUR CODE markers, without loops. Return new arrays: the
input must come back unchanged.
"""

import numpy as np


def calorie_percentages(A):
    """Share of each food's calories that comes from each nutrient, in percent.

    Arguments:
    A -- a numpy array of shape (n_nutrients, n_foods): A[i, j] is the number of calories
         that food j gets from nutrient i

    Returns:
    percentage -- a numpy array of the same shape: percentage[i, j] = 100 * A[i, j] divided by
                  the total calories of food j (so every column adds up to 100)
    """
    # YOUR CODE STARTS HERE
    # stub: percentage = None
    cal = np.sum(A, axis=0, keepdims=True)
    percentage = 100 * A / cal
    # YOUR CODE ENDS HERE
    return percentage


def normalize_features(X):
    """Give every feature (row of X) mean 0 and standard deviation 1 across the m examples.

    Arguments:
    X -- data, a numpy array of shape (n_x, m): one example per column

    Returns:
    X_norm -- a numpy array of shape (n_x, m): each row minus its mean, divided by its
              standard deviation (np.std)
    """
    # YOUR CODE STARTS HERE
    # stub: X_norm = None
    mu = np.mean(X, axis=1, keepdims=True)
    sigma = np.std(X, axis=1, keepdims=True)
    X_norm = (X - mu) / sigma
    # YOUR CODE ENDS HERE
    return X_norm
