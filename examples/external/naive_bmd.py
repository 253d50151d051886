#!/usr/bin/env python3
"""An example external QCT algorithm for QCFramework campaigns, in Python.

Usage (as a campaign runs it):  python3 naive_bmd.py DICOM_DIR OUT_JSON

It reads one CT series with pydicom, groups the slices into stacks (a QCT protocol's slices at
each vertebra), finds the trabecular core of the vertebral body on each slice as the largest region
enclosed by cortical bone (> 500 HU, holes filled with scipy.ndimage), takes its mean CT number 2 mm inside
the cortex, and converts HU to mg HA/cm³ with one fixed slope — a deliberately naive method, to
show the interface, not for use.
Stacks are labelled from the most superior: L1, L2, L3, … (as the ESP is).

Output: {"vertebrae": [{"label": "L1", "bmdMgPerCm3": 51.3}, ...]}
"""
import json
import os
import sys

import numpy as np
import pydicom
from scipy import ndimage

HU_PER_MG = 1.3   # assumed calibration slope at 120 kVp (HU per mg HA/cm³): the naivety


def read_series(folder):
    slices = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        try:
            ds = pydicom.dcmread(path)
        except Exception:
            continue
        if "PixelData" not in ds:
            continue
        hu = ds.pixel_array.astype(np.float64) * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
        slices.append((float(ds.ImagePositionPatient[2]), hu, [float(v) for v in ds.PixelSpacing]))
    if not slices:
        raise SystemExit("no CT slices in " + folder)
    return sorted(slices, key=lambda s: -s[0])  # superior first


def stacks(slices, spacing):
    groups, current = [], [slices[0]]
    for s in slices[1:]:
        if abs(current[-1][0] - s[0]) > 2.5 * spacing:
            groups.append(current)
            current = []
        current.append(s)
    groups.append(current)
    return groups


def vertebra_mean(hu, pixel_mm):
    bone = hu > 500
    holes = ndimage.binary_fill_holes(bone) & ~bone
    labels, count = ndimage.label(holes)
    if count == 0:
        raise SystemExit("no vertebral body found")
    sizes = ndimage.sum(holes, labels, range(1, count + 1))
    core = labels == (1 + int(np.argmax(sizes)))
    core = ndimage.binary_erosion(core, iterations=max(1, int(round(2.0 / pixel_mm))))
    if core.sum() < 10:
        raise SystemExit("vertebral body too small")
    return float(hu[core].mean())


def main():
    folder, out = sys.argv[1], sys.argv[2]
    slices = read_series(folder)
    spacing = min(abs(a[0] - b[0]) for a, b in zip(slices, slices[1:])) if len(slices) > 1 else 1.0
    result = []
    for index, stack in enumerate(stacks(slices, spacing)):
        hu = np.mean([vertebra_mean(s[1], s[2][0]) for s in stack])
        result.append({"label": f"L{index + 1}", "bmdMgPerCm3": round(hu / HU_PER_MG, 3)})
    with open(out, "w") as f:
        json.dump({"vertebrae": result}, f)


if __name__ == "__main__":
    main()
