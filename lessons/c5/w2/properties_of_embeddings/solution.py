"""Properties of word embeddings: similar words and analogies with cosine similarity.

Write each function between the YOUR CODE markers. Keep the names and signatures.

WORD_TO_VEC is a small hand-made table for this lesson (no downloads): 16 words in 8
dimensions with designed directions (gender, royal, young, capital-of, plural, france,
italy, fruit-versus-vehicle) plus a little fixed noise, so analogies work deterministically.
"""

import numpy as np

WORD_TO_VEC = {
    "man": np.array([-0.92, -0.10, 0.32, -0.02, -0.02, -0.01, -0.08, -0.01]),
    "woman": np.array([0.97, 0.13, 0.31, -0.01, -0.01, -0.03, -0.04, -0.02]),
    "king": np.array([-0.98, 0.99, 0.34, -0.01, 0.00, 0.06, 0.02, -0.02]),
    "queen": np.array([0.99, 1.02, 0.38, -0.01, -0.01, 0.04, -0.04, -0.01]),
    "boy": np.array([-0.96, 0.02, 1.00, 0.03, -0.11, 0.04, -0.04, -0.07]),
    "girl": np.array([1.01, 0.03, 0.98, -0.04, 0.00, 0.00, 0.06, 0.03]),
    "prince": np.array([-0.99, 1.04, 0.99, -0.04, 0.02, 0.02, -0.01, -0.03]),
    "princess": np.array([1.01, 0.90, 1.03, 0.02, -0.07, 0.00, -0.04, 0.03]),
    "france": np.array([-0.08, -0.04, 0.03, 0.05, -0.09, 0.98, 0.01, -0.02]),
    "paris": np.array([0.06, -0.05, 0.01, 0.96, 0.06, 1.00, -0.01, -0.07]),
    "italy": np.array([0.07, 0.03, 0.03, 0.05, 0.01, -0.03, 0.97, -0.03]),
    "rome": np.array([0.05, -0.06, -0.02, 0.99, 0.01, 0.02, 0.95, -0.07]),
    "apple": np.array([0.00, 0.05, 0.03, 0.01, -0.01, 0.01, -0.01, 1.03]),
    "apples": np.array([-0.03, 0.01, 0.00, 0.02, 1.01, 0.10, 0.06, 1.06]),
    "car": np.array([-0.08, -0.01, -0.02, 0.02, -0.09, 0.05, 0.04, -1.05]),
    "cars": np.array([-0.04, -0.03, 0.00, 0.03, 1.08, -0.01, 0.03, -0.99]),
}


def cosine_similarity(u, v):
    """u.v / (||u|| ||v||) as a Python float (given: you wrote it in "Word representation")."""
    return float(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v)))


def nearest_words(vector, word_to_vec, k, exclude=()):
    """The k words whose vectors are most similar (by cosine) to `vector`, best first.

    Arguments:
    vector -- numpy array of shape (n_e,)
    word_to_vec -- dict mapping each word to its numpy vector of shape (n_e,)
    k -- how many words to return
    exclude -- words that must not appear in the answer

    Returns:
    words -- list of k words, sorted from the highest cosine similarity to the lowest
    """
    # YOUR CODE STARTS HERE
    # stub: words = None
    scores = [(cosine_similarity(vector, e), word) for word, e in word_to_vec.items()
              if word not in exclude]
    scores.sort(key=lambda pair: pair[0], reverse=True)
    words = [word for _, word in scores[:k]]
    # YOUR CODE ENDS HERE
    return words


def complete_analogy(word_a, word_b, word_c, word_to_vec):
    """Solve "a is to b as c is to ?" with the word d maximizing cos(e_b - e_a + e_c, e_d).

    Arguments:
    word_a, word_b, word_c -- words (any case) present in word_to_vec in lowercase
    word_to_vec -- dict mapping each lowercase word to its numpy vector of shape (n_e,)

    Returns:
    best_word -- the word d, never one of the three input words
    """
    # YOUR CODE STARTS HERE
    # stub: best_word = None
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    target = word_to_vec[word_b] - word_to_vec[word_a] + word_to_vec[word_c]
    best_word, best_score = None, -np.inf
    for word, e in word_to_vec.items():
        if word in (word_a, word_b, word_c):
            continue
        score = cosine_similarity(target, e)
        if score > best_score:
            best_word, best_score = word, score
    # YOUR CODE ENDS HERE
    return best_word
