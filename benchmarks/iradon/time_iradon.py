#!/usr/bin/env python3
"""Times scikit-image's iradon (ramp filter, linear interpolation, circle=True) on the sinograms the
FbpBenchmarks wrote here, for benchmarks/RESULTS.md. Run after the FBP benchmark:
    /usr/bin/python3 benchmarks/iradon/time_iradon.py
Prints, per sinogram, the mean and the smallest of several timed reconstructions (wall clock)."""
import glob
import os
import time

import numpy as np
import skimage
from skimage.transform import iradon

here = os.path.dirname(os.path.abspath(__file__))
print(f"scikit-image {skimage.__version__}, numpy {np.__version__}")
for path in sorted(glob.glob(os.path.join(here, "sinogram-*-*.f32"))):
    n, angles = (int(v) for v in os.path.basename(path)[len("sinogram-"):-len(".f32")].split("-"))
    sino = np.fromfile(path, dtype=np.float32).reshape(angles, n).T.astype(np.float64)
    theta = np.arange(angles) * 180.0 / angles
    iradon(sino, theta=theta, filter_name="ramp", interpolation="linear", circle=True, output_size=n)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        iradon(sino, theta=theta, filter_name="ramp", interpolation="linear", circle=True, output_size=n)
        times.append(time.perf_counter() - start)
    print(f"{n}x{angles}: mean {1000 * sum(times) / len(times):.1f} ms, min {1000 * min(times):.1f} ms")
