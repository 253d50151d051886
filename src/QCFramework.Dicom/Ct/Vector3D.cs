namespace QCFramework.Dicom.Ct;

/// <summary>
/// A vector in the DICOM patient coordinate system (PS3.3 §C.7.6.2.1.1: x towards the patient's
/// left, y towards posterior, z towards head): a position in mm or a unitless direction cosine.
/// </summary>
/// <param name="X">Component towards the patient's left.</param>
/// <param name="Y">Component towards posterior.</param>
/// <param name="Z">Component towards the head.</param>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    /// <summary>The Euclidean length.</summary>
    public double Length => Math.Sqrt(Dot(this));

    /// <summary>The dot product with <paramref name="other"/>.</summary>
    public double Dot(Vector3D other) => (X * other.X) + (Y * other.Y) + (Z * other.Z);

    /// <summary>The cross product this × <paramref name="other"/>.</summary>
    public Vector3D Cross(Vector3D other) =>
        new((Y * other.Z) - (Z * other.Y), (Z * other.X) - (X * other.Z), (X * other.Y) - (Y * other.X));

    /// <summary>The largest absolute component difference to <paramref name="other"/>.</summary>
    public double MaxAbsDifference(Vector3D other) =>
        Math.Max(Math.Abs(X - other.X), Math.Max(Math.Abs(Y - other.Y), Math.Abs(Z - other.Z)));
}
