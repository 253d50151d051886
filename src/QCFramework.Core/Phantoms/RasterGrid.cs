namespace QCFramework.Phantoms;

/// <summary>
/// A square-pixel image grid in the axial plane. Pixel (column i, row j) is centred at
/// x = CenterX + (i − (Columns − 1)/2)·spacing, y = CenterY + (j − (Rows − 1)/2)·spacing
/// (rows run along +y, posterior, as DICOM's default orientation 1\0\0\0\1\0).
/// </summary>
public sealed record RasterGrid(int Columns, int Rows, double PixelSpacingMm, double CenterXMm = 0, double CenterYMm = 0)
{
    /// <summary>x of column <paramref name="i"/>'s centre, mm.</summary>
    public double X(double i) => CenterXMm + (i - (Columns - 1) / 2.0) * PixelSpacingMm;

    /// <summary>y of row <paramref name="j"/>'s centre, mm.</summary>
    public double Y(double j) => CenterYMm + (j - (Rows - 1) / 2.0) * PixelSpacingMm;

    /// <summary>Column coordinate (fractional) of x.</summary>
    public double Column(double xMm) => (xMm - CenterXMm) / PixelSpacingMm + (Columns - 1) / 2.0;

    /// <summary>Row coordinate (fractional) of y.</summary>
    public double Row(double yMm) => (yMm - CenterYMm) / PixelSpacingMm + (Rows - 1) / 2.0;

    /// <summary>Pixel area, mm².</summary>
    public double PixelAreaMm2 => PixelSpacingMm * PixelSpacingMm;

    /// <summary>Number of pixels.</summary>
    public int PixelCount => Columns * Rows;
}
