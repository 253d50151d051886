#!/usr/bin/env python3
"""Reconstructs a parallel-beam sinogram with scikit-image's iradon (ramp filter, linear interpolation),
the reference FBP QCFramework's is compared with. Usage:
    iradon_reference.py SINOGRAM.f32 N_DETECTORS N_ANGLES SIZE OUT.f32 [REPEATS]
The sinogram is float32, angle-major (one row of N_DETECTORS per angle, angles 0..180° exclusive,
evenly spaced); the image is written float32, row-major SIZE × SIZE. With REPEATS, prints the mean
seconds per reconstruction (for benchmarks/RESULTS.md)."""
import sys
import time

import numpy as np
from skimage.transform import iradon

path, n_det, n_ang, size, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
repeats = int(sys.argv[6]) if len(sys.argv) > 6 else 0
sino = np.fromfile(path, dtype=np.float32).reshape(n_ang, n_det).T.astype(np.float64)
theta = np.arange(n_ang) * 180.0 / n_ang
image = iradon(sino, theta=theta, filter_name="ramp", interpolation="linear", circle=True, output_size=size)
image.astype(np.float32).tofile(out)
if repeats:
    start = time.perf_counter()
    for _ in range(repeats):
        iradon(sino, theta=theta, filter_name="ramp", interpolation="linear", circle=True, output_size=size)
    print((time.perf_counter() - start) / repeats)
