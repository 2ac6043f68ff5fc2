#!/usr/bin/env python3
"""Dense random reference sample for tests/unit/forward/reference.test.ts, written to dense.json beside
this file: true values from mpmath at 60 significant digits as double-double pairs [hi, lo], as in
scripts/reference/make-table.py (same definitions). The points are seeded random draws where the
numerics review (tests ran on 30,040 softmax outputs and random x) found errors above 2 ulp, plus the
review's worst points, and binaryCrossEntropy where p is within CE_EPSILON of 0 or 1 (one-sided clip).

Run:  python3 tests/unit/forward/reference/make-dense.py   (needs mpmath; made with mpmath 1.3.0)
"""
import json
import os
import random
import mpmath as mp

mp.mp.dps = 60
C = mp.sqrt(2 / mp.pi)
K = mp.mpf('0.044715')
EPS = mp.mpf(1e-12)  # CE_EPSILON as a double
ONE_MINUS_EPS = mp.mpf(1 - 1e-12)  # 1 − CE_EPSILON rounded to a double, as the library computes it


def pair(v):
    hi = float(v)
    return [repr(hi), repr(float(v - mp.mpf(hi)))]


def sig(t):
    return 1 / (1 + mp.exp(-t))


F = {
    'tanhPrime': lambda x: 1 / mp.cosh(x) ** 2,
    'geluTanh': lambda x: x * sig(2 * C * (x + K * x ** 3)),
}
rng = random.Random(20240611)
rows = []
worst = {'tanhPrime': [6.6033817969031965], 'geluTanh': [-2.2015778305458262]}
for fn, lo, hi in [('tanhPrime', -20.0, 20.0), ('geluTanh', -12.0, 10.0)]:
    xs = worst[fn] + [rng.uniform(lo, hi) for _ in range(2500)]
    for x in xs:
        rows.append({'fn': fn, 'x': repr(x), 'y': pair(F[fn](mp.mpf(x)))})
for _ in range(1000):
    n = rng.randint(2, 12)
    scale = rng.choice([1, 10, 30, 100, 1000])
    z = [rng.uniform(-1, 1) * scale for _ in range(n)]
    m = max(mp.mpf(v) for v in z)
    s = mp.fsum(mp.exp(mp.mpf(v) - m) for v in z)
    rows.append({'fn': 'softmax', 'x': [repr(v) for v in z], 'y': [pair(mp.exp(mp.mpf(v) - m) / s) for v in z]})


def bce(p, y):
    p, y = mp.mpf(p), mp.mpf(y)
    loss = 0
    if y != 0:
        loss -= y * mp.log(max(p, EPS))
    if y != 1:
        loss -= (1 - y) * mp.log1p(-min(p, ONE_MINUS_EPS))
    return loss


for p in [0.0, 1e-300, 1e-20, 1e-13, 1e-12, 0.5, 1 - 1e-12, 1 - 1e-13, 1.0]:
    for y in [0.0, 0.25, 1.0]:
        rows.append({'fn': 'binaryCrossEntropy', 'x': [repr(p), repr(y)], 'y': pair(bce(p, y))})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dense.json'), 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(r) for r in rows) + '\n]\n')
