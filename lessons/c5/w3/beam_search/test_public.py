"""Public tests: the Jane table of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

# words: 0 <s>, 1 <eos>, 2 jane, 3 is, 4 visits, 5 visiting, 6 going, 7 to, 8 africa
P = np.zeros((9, 9))
P[0, 2] = 1.0
P[1, 1] = 1.0
P[2, 3], P[2, 4] = 0.6, 0.4
P[3, 5], P[3, 6] = 0.45, 0.55
P[4, 8], P[4, 1] = 0.9, 0.1
P[5, 8], P[5, 1] = 0.9, 0.1
P[6, 7] = 1.0
P[7, 8] = 1.0
P[8, 1] = 1.0


def test_expand_beams_example():
    beams = [((2, 3), -0.5108256237659907), ((2, 4), -0.916290731874155)]
    got = sorted(sub.expand_beams(beams, P))
    expect(got, [((2, 3, 5), -1.3093333199837622), ((2, 3, 6), -1.1086626245216111),
                 ((2, 4, 1), -3.2188758248682006), ((2, 4, 8), -1.0216512475319812)],
           "sorted(expand_beams(beams, P))")


def test_beam_search_example():
    expect(sub.beam_search(P, 1, 10), [((2, 3, 6, 7, 8, 1), -1.1086626245216111)], "beam_search(P, 1, 10)")
    expect(sub.beam_search(P, 2, 10), [((2, 4, 8, 1), -1.0216512475319812),
                                       ((2, 3, 6, 7, 8, 1), -1.1086626245216111)], "beam_search(P, 2, 10)")
