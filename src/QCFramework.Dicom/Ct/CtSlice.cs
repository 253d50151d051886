namespace QCFramework.Dicom.Ct;

/// <summary>One slice: where it is and its CT numbers.</summary>
/// <param name="PositionMm">Image Position (Patient) (0020,0032): the centre of the first pixel, mm.</param>
/// <param name="Hu">CT numbers in HU, row-major (index = row × Columns + column).</param>
public sealed record CtSlice(Vector3D PositionMm, float[] Hu);
