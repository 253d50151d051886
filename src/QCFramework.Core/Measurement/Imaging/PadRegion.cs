namespace QCFramework.Measurement.Imaging;

/// <summary>The calibration pad: the posterior-most rows of the object with straight vertical sides.</summary>
/// <param name="TopRow">First (anterior) row of the pad.</param>
/// <param name="BottomRow">Last (posterior) row.</param>
/// <param name="LeftColumn">Left edge column.</param>
/// <param name="RightColumn">Right edge column.</param>
internal sealed record PadRegion(int TopRow, int BottomRow, int LeftColumn, int RightColumn);
