#!/usr/bin/env python3
"""Reference values for src/forward, computed with mpmath (arbitrary-precision floats) at 80
significant digits, written to scripts/reference/table.json for tests/unit/forward/reference.test.ts.

Run:  python3 scripts/reference/make-table.py   (needs: pip install mpmath; made with mpmath 1.3.0)

Each entry gives the input as the shortest decimal that reads back as the same double, and the
true value as a double-double: hi (the nearest double) and lo (the true value minus hi, rounded),
so a test can measure an error in ulp with plain doubles. Inputs: ordinary points, special points
(thresholds, overflow and subnormal edges) and dense grids where errors were largest (see `dense`). A true value below half the smallest
subnormal is given as a signed zero ("0" or "-0"). Inputs ±∞ and NaN give the limit or NaN.

Definitions (the textbook formula, or an identity equal to it in exact arithmetic; every identity
is checked against the textbook form at 3000 digits for |x| <= 40 before the table is written):
  sigmoid      1/(1 + e^-x)               tanh         tanh x
  erf, erfc    mpmath.erf, mpmath.erfc
  gelu         x·Φ(x), Φ(x) = erfc(−x/√2)/2
  geluTanh     0.5x(1 + tanh u), u = √(2/π)(x + 0.044715x³)   [identity: x·σ(2u)]
  sigmoidPrime σ(x)(1 − σ(x))            tanhPrime    1 − tanh²x  [identity: 1/cosh²x]
  geluPrime    Φ(x) + x·φ(x)
  geluTanhPrime 0.5(1 + tanh u) + 0.5x(1 − tanh²u)·u′  [identity: σ(2u)(1 + 2x·σ(−2u)·u′)]
  softmax, logSoftmax, crossEntropyFromLogits (target index), binaryCrossEntropy(p, y)
"""
import json
import os
import mpmath as mp

mp.mp.dps = 80
C = mp.sqrt(2 / mp.pi)
K = mp.mpf('0.044715')
HALF_MIN = mp.mpf(2) ** -1075  # below this (in magnitude) a result rounds to zero


def sig(t):
    return 1 / (1 + mp.exp(-t))


def u_of(x):
    return C * (x + K * x ** 3)


def Phi(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def phi(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


F = {
    'sigmoid': sig,
    'tanh': mp.tanh,
    'erf': mp.erf,
    'erfc': mp.erfc,
    'gelu': lambda x: x * Phi(x),
    'geluTanh': lambda x: x * sig(2 * u_of(x)),
    'sigmoidPrime': lambda x: sig(x) * sig(-x),
    'tanhPrime': lambda x: 1 / mp.cosh(x) ** 2,
    'geluPrime': lambda x: Phi(x) + x * phi(x),
    'geluTanhPrime': lambda x: sig(2 * u_of(x)) * (1 + 2 * x * sig(-2 * u_of(x)) * C * (1 + 3 * K * x * x)),
}
TEXTBOOK = {
    'geluTanh': lambda x: x / 2 * (1 + mp.tanh(u_of(x))),
    'tanhPrime': lambda x: 1 - mp.tanh(x) ** 2,
    'geluTanhPrime': lambda x: (1 + mp.tanh(u_of(x))) / 2 + x / 2 * (1 - mp.tanh(u_of(x)) ** 2) * C * (1 + 3 * K * x * x),
}
INF = {  # limits at +∞ and −∞
    'sigmoid': (1, 0), 'tanh': (1, -1), 'erf': (1, -1), 'erfc': (0, 2), 'gelu': ('Infinity', '-0'),
    'geluTanh': ('Infinity', '-0'), 'sigmoidPrime': (0, 0), 'tanhPrime': (0, 0), 'geluPrime': (1, '-0'),
    'geluTanhPrime': (1, '-0'),
}

ordinary = [round(-6 + 0.37 * i, 2) for i in range(33)] + [0.0, 1e-300, 5e-324, 1e-8, 0.5, 1.0, 2.0]


def grid(a, b, n):
    """n + 1 points from a to b, rounded to 4 decimals (each also taken with its sign flipped below)."""
    return [round(a + (b - a) * i / n, 4) for i in range(n + 1)]


# Dense sampling where an implementation is most likely to lose bits: across erfc's range and its
# interval ends (0.46875, 4) and subnormal tail (26.5 to 27.3), around the roots of geluPrime
# (x ≈ −0.75179) and geluTanhPrime (x ≈ −0.75246), GELU's series/erfc switch (|x| = 0.46875·√2 ≈ 0.6629),
# and the exponential tails of the derivatives.
dense = {
    'erf': grid(0.4, 6.2, 116) + grid(0.4686, 0.4689, 6),
    'erfc': grid(0.4, 6.2, 116) + grid(0.4686, 0.4689, 6) + grid(3.99, 4.01, 8) + grid(6.5, 27.3, 104) + grid(26.5, 27.3, 32),
    'gelu': grid(-39, 9, 192) + grid(0.66, 0.666, 12) + grid(-38.8, -38.4, 8),
    'geluPrime': grid(-39, 9, 192) + grid(0.66, 0.666, 12) + grid(-0.8, -0.7, 100) + grid(-0.7518, -0.7517, 10),
    'geluTanhPrime': grid(-26, 10, 144) + grid(-0.8, -0.7, 100) + grid(-0.7525, -0.7524, 10),
    'sigmoidPrime': grid(-40, 40, 160) + grid(700, 746, 46),
}

special = {
    'sigmoid': [-36.0, -37.0, -40.0, 36.0, 37.0, 40.0, -700.0, -708.0, -709.5, -720.0, -744.0, -745.0, -746.0],
    'tanh': [0.55, 18.0, 19.0, 20.0, -20.0, 1e-10],
    'erf': [0.46875, 0.46876, 0.4687499, 4.0, 4.0001, 5.0, 6.0, 1e-10, -0.3],
    'erfc': [0.46875, 0.46876, 4.0, 4.0001, 5.0, 10.0, 20.0, 26.0, 26.5, 26.55, 26.6, 27.0, 27.2, 27.25, 27.3, -1.0, -5.0, -30.0],
    'gelu': [-5.0, -7.0, -8.0, -10.0, -20.0, -26.0, -30.0, -37.0, -37.5, -38.0, -38.5, -38.6, -39.0, 8.0, 8.5, 9.0, 0.663, -0.663],
    'geluTanh': [-5.0, -7.0, -8.0, -10.0, -15.0, -18.0, -20.0, -21.0, -21.5, -22.0, -25.0, 9.0, 9.9, 10.0],
    'sigmoidPrime': [-36.0, 36.0, 40.0, -700.0, 708.0, 744.0, 745.0, 746.0],
    'tanhPrime': [0.49, 0.5, 0.51, 10.0, 18.0, 19.0, 20.0, 40.0, 100.0, 354.0, 360.0, 372.0, 373.0, -20.0],
    'geluPrime': [-5.0, -7.0, -10.0, -20.0, -30.0, -37.0, -38.0, -38.5, -39.0, 8.0, 8.5, 9.0, -0.5, -1.0],
    'geluTanhPrime': [-5.0, -7.0, -10.0, -15.0, -20.0, -21.0, -21.5, -22.0, 9.0, 9.9, -0.5, -1.0, 1e155, -1e155],
}


def dd(v):
    """The true value as [hi, lo] strings, or a signed zero when it rounds to 0."""
    if v == 0 or abs(v) < HALF_MIN:
        return ['-0' if v < 0 else '0', '0']
    hi = float(v)  # mpmath rounds to nearest
    lo = float(v - mp.mpf(hi))
    return [repr(hi), repr(lo)]


def lim(v):
    return [str(v), '0'] if isinstance(v, str) else [repr(float(v)), '0']


def check_identities():
    with mp.workdps(3000):
        for name, tb in TEXTBOOK.items():
            for x in [-40, -25, -21.5, -10, -1, -0.5, 0.3, 2, 9, 20, 40]:
                a, b = F[name](mp.mpf(x)), tb(mp.mpf(x))
                if b != 0 and abs(a / b - 1) > mp.mpf(10) ** -60:
                    raise SystemExit(f'identity for {name} fails at {x}: {a} vs {b}')


def main():
    check_identities()
    rows = []
    for name, f in F.items():
        xs = sorted(set(ordinary + special.get(name, []) + dense.get(name, [])))
        for x in xs:
            rows.append({'fn': name, 'x': repr(x), 'y': dd(f(mp.mpf(x)))})
            if x != 0:
                rows.append({'fn': name, 'x': repr(-x), 'y': dd(f(mp.mpf(-x)))})
        rows.append({'fn': name, 'x': 'Infinity', 'y': lim(INF[name][0])})
        rows.append({'fn': name, 'x': '-Infinity', 'y': lim(INF[name][1])})
        rows.append({'fn': name, 'x': 'NaN', 'y': ['NaN', '0']})
    vectors = [
        [0.0, 0.0], [1.0, 2.0, 3.0], [3.2, 5.1, -1.7], [1000.0, 1001.0, 1002.0], [0.0, 37.0], [0.0, 40.0],
        [0.0, 100.0], [0.0, 745.0], [-1e-20, 700.5, 3.0], [1e-17, 0.0, -1e-17], [5.0, -5.0, 2.5, 0.125],
        [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0],
    ]
    for z in vectors:
        with mp.workdps(1000):  # z − log Σ e^z cancels to e^−745 relative to 745: keep 1000 digits
            zs = [mp.mpf(v) for v in z]
            m = max(zs)
            lse = m + mp.log(mp.fsum(mp.exp(v - m) for v in zs))
            rows.append({'fn': 'softmax', 'x': [repr(v) for v in z], 'y': [dd(mp.exp(v - lse)) for v in zs]})
            rows.append({'fn': 'logSoftmax', 'x': [repr(v) for v in z], 'y': [dd(v - lse) for v in zs]})
            for t in range(len(z)):
                rows.append({'fn': 'crossEntropyFromLogits', 'x': [repr(v) for v in z], 'target': t, 'y': dd(lse - zs[t])})
    for p in [1e-300, 1e-20, 1e-13, 1e-9, 0.001, 0.1, 0.5, 0.9, 0.999, 1 - 1e-9, 0.598687660112452]:
        for y in [0.0, 1.0, 0.25]:
            # as the library does: each log's argument clipped to at least 1e-12 (in doubles) where its weight is non-zero
            with mp.workdps(700):  # 1 − 1e-300 must not round to 1
                loss = mp.mpf(0)
                if y != 0:
                    loss -= y * mp.log(mp.mpf(max(p, 1e-12)))
                if y != 1:
                    loss -= (1 - y) * mp.log(1 - mp.mpf(min(p, 1 - 1e-12)))
            rows.append({'fn': 'binaryCrossEntropy', 'x': [repr(p), repr(y)], 'y': dd(loss)})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'table.json')
    with open(out, 'w') as fh:
        fh.write('[\n' + ',\n'.join(json.dumps(r, ensure_ascii=False) for r in rows) + '\n]\n')
    print(f'{len(rows)} rows written to {out}')


if __name__ == '__main__':
    main()
