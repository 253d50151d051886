#!/usr/bin/env python3
"""Independent reference for QCFramework's attenuation: mass attenuation of a mixture by the
mixture rule, computed straight from the raw data files (xraylib element table, NIST compound and
mineral tables, ICRU 46 files) with its own log-log interpolation that never crosses an absorption
edge. Usage: attenuation_reference.py DATA_DIR MATERIAL ENERGY_KEV [ENERGY_KEV ...]
MATERIAL: water | hydroxyapatite | k2hpo4 | adipose | muscle | blood | cortical-bone | iodine-in-water:C
Prints one line per energy: energy mu_over_rho(cm2/g) density(g/cm3)."""
import csv, math, sys, os

data = sys.argv[1]

def rows(path):
    with open(os.path.join(data, path)) as f:
        lines = [l for l in f if not l.startswith('#') and l.strip()]
    r = list(csv.reader(lines))
    return r[0], r[1:]

_, el = rows('attenuation/elements_xraylib.csv')
table = {}
for z, sym, e, photo, inc, coh, tot in el:
    table.setdefault(int(z), []).append((float(e), float(photo), float(inc), float(coh)))
_, aw = rows('attenuation/atomic_weights.csv')
kedge = {int(r[0]): float(r[3]) for r in aw}

def loglog(p0, p1, e):
    (e0, v0), (e1, v1) = p0, p1
    t = (math.log(e) - math.log(e0)) / (math.log(e1) - math.log(e0))
    return math.exp(math.log(v0) + t * (math.log(v1) - math.log(v0)))

def element_mu(z, e):
    g = table[z]
    i = max(i for i in range(len(g) - 1) if g[i][0] <= e)
    total = 0.0
    for col in (2, 3):  # incoherent, coherent: smooth
        total += loglog((g[i][0], g[i][col]), (g[i + 1][0], g[i + 1][col]), e)
    lo, hi = g[i][0], g[i + 1][0]
    edge = None
    if lo < kedge[z] < hi:
        edge = kedge[z]
    elif g[i + 1][1] > g[i][1]:
        edge = 0.5 * (lo + hi)
    if edge is None:
        total += loglog((g[i][0], g[i][1]), (g[i + 1][0], g[i + 1][1]), e)
    elif e < edge:
        total += loglog((g[i - 1][0], g[i - 1][1]), (g[i][0], g[i][1]), e)
    else:
        total += loglog((g[i + 1][0], g[i + 1][1]), (g[i + 2][0], g[i + 2][1]), e)
    return total

def nist(name):
    _, r = rows('materials/nist_compounds_xraylib.csv')
    sel = [x for x in r if x[0] == name]
    return float(sel[0][1]), {int(x[2]): float(x[3]) for x in sel}

def mineral(name):
    _, r = rows('materials/mineral_standards_xraylib.csv')
    sel = [x for x in r if x[0] == name]
    return float(sel[0][2]), {int(x[3]): float(x[4]) for x in sel}

def icru(file):
    with open(os.path.join(data, 'materials', file)) as f:
        vals = [l.split('#')[0].strip() for l in f]
    vals = [v for v in vals if v]
    n, rho = int(vals[0]), float(vals[1])
    comp = {}
    for v in vals[2:2 + n]:
        z, w = v.split()
        comp[int(z)] = float(w)
    return rho, comp

spec = sys.argv[2]
if spec == 'water':
    rho, comp = nist('Water, Liquid')
elif spec == 'hydroxyapatite':
    rho, comp = mineral('hydroxyapatite')
elif spec == 'k2hpo4':
    rho, comp = mineral('dipotassium hydrogen phosphate')
elif spec == 'adipose':
    rho, comp = nist('Adipose Tissue (ICRP)')
elif spec == 'muscle':
    rho, comp = nist('Muscle, Skeletal')
elif spec == 'blood':
    rho, comp = nist('Blood (ICRP)')
elif spec == 'cortical-bone':
    rho, comp = icru('ICRU_skeleton_cortical_bone_adult.txt')
elif spec.startswith('iodine-in-water:'):
    # iodine added to water without displacing it: 1 g water + c g iodine per cm3
    c = float(spec.split(':')[1]) / 1000.0
    wrho, wcomp = nist('Water, Liquid')
    rho = wrho + c
    comp = {z: w * wrho / rho for z, w in wcomp.items()}
    comp[53] = comp.get(53, 0.0) + c / rho
else:
    raise SystemExit('unknown material ' + spec)

s = sum(comp.values())
for e in map(float, sys.argv[3:]):
    mu = sum(w / s * element_mu(z, e) for z, w in comp.items())
    print(f'{e} {mu:.10g} {rho:.10g}')
