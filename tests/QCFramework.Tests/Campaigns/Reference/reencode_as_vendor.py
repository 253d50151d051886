#!/usr/bin/env python3
"""Re-encodes a CT series the way many scanners write theirs, with pydicom (independent of
QCFramework's DICOM writer): Implicit VR Little Endian, unsigned 16-bit pixels with
RescaleIntercept -1024, a private block, no file extensions, names that do not follow slice order.
The CT numbers are unchanged. Usage: reencode_as_vendor.py IN_DIR OUT_DIR"""
import hashlib
import os
import sys

import numpy as np
import pydicom
from pydicom.uid import ImplicitVRLittleEndian

source, target = sys.argv[1], sys.argv[2]
os.makedirs(target, exist_ok=True)
count = 0
for name in sorted(os.listdir(source)):
    if not name.endswith(".dcm"):
        continue
    ds = pydicom.dcmread(os.path.join(source, name))
    hu = ds.pixel_array.astype(np.int32) * int(ds.RescaleSlope) + int(ds.RescaleIntercept)
    stored = np.clip(hu + 1024, 0, 65535).astype(np.uint16)
    ds.PixelRepresentation = 0
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.PixelData = stored.tobytes()
    for tag in (0x00280106, 0x00280107):  # Smallest/LargestImagePixelValue would have the old VR
        if tag in ds:
            del ds[tag]
    block = ds.private_block(0x0029, "ACME CT 1.0", create=True)
    block.add_new(0x10, "LO", "vendor private data")
    ds.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
    ds.is_implicit_VR = True
    ds.is_little_endian = True
    out = "IM" + hashlib.sha1(ds.SOPInstanceUID.encode()).hexdigest()[:10].upper()
    ds.save_as(os.path.join(target, out), write_like_original=False)
    count += 1
print(count)
