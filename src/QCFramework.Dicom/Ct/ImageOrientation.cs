namespace QCFramework.Dicom.Ct;

/// <summary>
/// Image Orientation (Patient) (0020,0037), PS3.3 §C.7.6.2.1.1: the direction cosines of a row
/// (the direction of increasing column index) and of a column (increasing row index).
/// </summary>
/// <param name="RowDirection">Unit vector along a row, first three values of (0020,0037).</param>
/// <param name="ColumnDirection">Unit vector along a column, last three values of (0020,0037).</param>
public readonly record struct ImageOrientation(Vector3D RowDirection, Vector3D ColumnDirection)
{
    /// <summary>Axial slices of a supine patient scanned head first: rows run to the patient's left, columns posterior.</summary>
    public static ImageOrientation Axial => new(new Vector3D(1, 0, 0), new Vector3D(0, 1, 0));

    /// <summary>The slice normal, row × column: positions are sorted along it.</summary>
    public Vector3D Normal => RowDirection.Cross(ColumnDirection);

    /// <summary>The six values in (0020,0037) order.</summary>
    public double[] ToArray() =>
    [
        RowDirection.X, RowDirection.Y, RowDirection.Z, ColumnDirection.X, ColumnDirection.Y, ColumnDirection.Z,
    ];

    /// <summary>The largest absolute difference of any direction cosine to <paramref name="other"/>.</summary>
    public double MaxAbsDifference(ImageOrientation other) =>
        Math.Max(RowDirection.MaxAbsDifference(other.RowDirection), ColumnDirection.MaxAbsDifference(other.ColumnDirection));
}
