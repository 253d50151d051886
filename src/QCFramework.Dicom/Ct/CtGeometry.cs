namespace QCFramework.Dicom.Ct;

/// <summary>
/// What every slice of a CT series shares: the image grid, its orientation, and the slice
/// thickness and spacing (PS3.3 Image Plane module, §C.7.6.2). Each slice's position is in
/// <see cref="CtSlice.PositionMm"/>.
/// </summary>
public sealed record CtGeometry
{
    /// <summary>Rows (0028,0010): the number of pixels down a column.</summary>
    public required int Rows { get; init; }

    /// <summary>Columns (0028,0011): the number of pixels along a row.</summary>
    public required int Columns { get; init; }

    /// <summary>Distance between the centres of adjacent rows, mm (first value of Pixel Spacing (0028,0030)).</summary>
    public required double RowSpacingMm { get; init; }

    /// <summary>Distance between the centres of adjacent columns, mm (second value of Pixel Spacing).</summary>
    public required double ColumnSpacingMm { get; init; }

    /// <summary>Image Orientation (Patient) (0020,0037).</summary>
    public required ImageOrientation Orientation { get; init; }

    /// <summary>Slice Thickness (0018,0050), mm; null when the file leaves it empty.</summary>
    public double? SliceThicknessMm { get; init; }

    /// <summary>
    /// Distance between adjacent slice centres along the normal, mm. On reading it is measured from
    /// the Image Positions (or, for one slice, taken from Spacing Between Slices (0018,0088) if present).
    /// </summary>
    public double? SliceSpacingMm { get; init; }
}
