#!/usr/bin/env python3
"""Independent reference for beam quality: mean energy and first HVL (mm Al, air-kerma weighted)
of a tabulated XCIST spectrum, from the raw spectrum file, xraylib's aluminium cross sections
(density 2.6989 g/cm3) and NIST's mu_en/rho of air, by simple bisection.
Usage: spectrum_reference.py DATA_DIR SPECTRUM_FILE   -> prints: mean_energy_kev hvl1_mm_al"""
import csv, math, sys, os

data, spectrum_file = sys.argv[1], sys.argv[2]

def rows(path):
    with open(os.path.join(data, path)) as f:
        lines = [l for l in f if not l.startswith('#') and l.strip()]
    return list(csv.reader(lines))[1:]

def loglog(xs, ys, x):
    for i in range(len(xs) - 1):
        if xs[i] <= x <= xs[i + 1] and xs[i + 1] > xs[i]:
            t = (math.log(x) - math.log(xs[i])) / (math.log(xs[i + 1]) - math.log(xs[i]))
            return math.exp(math.log(ys[i]) + t * (math.log(ys[i + 1]) - math.log(ys[i])))
    raise ValueError(x)

al = [r for r in rows('attenuation/elements_xraylib.csv') if r[0] == '13']
al_e = [float(r[2]) for r in al]
al_mu = [float(r[6]) for r in al]  # total, cm2/g; Al has no edge above 1.56 keV
air = rows('attenuation/air_nist_mu_muen.csv')
air_e = [float(r[0]) for r in air]
air_muen = [float(r[2]) for r in air]

with open(os.path.join(data, 'spectra', spectrum_file)) as f:
    lines = [l.strip() for l in f if l.strip()]
bins = [tuple(map(float, l.split(','))) for l in lines[1:]]
bins = [(e, n) for e, n in bins if n > 0]

mean = sum(e * n for e, n in bins) / sum(n for e, n in bins)
weights = [(n * e * loglog(air_e, air_muen, e), loglog(al_e, al_mu, e) * 2.6989 / 10.0) for e, n in bins]

def kerma(t):
    return sum(w * math.exp(-mu * t) for w, mu in weights)

k0, lo, hi = kerma(0.0), 0.0, 100.0
for _ in range(200):
    mid = 0.5 * (lo + hi)
    if kerma(mid) > 0.5 * k0:
        lo = mid
    else:
        hi = mid
print(f'{mean:.10g} {0.5 * (lo + hi):.10g}')
