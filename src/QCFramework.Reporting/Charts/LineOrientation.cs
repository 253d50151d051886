namespace QCFramework.Reporting.Charts;

/// <summary>Direction of a reference line.</summary>
public enum LineOrientation
{
    /// <summary>Constant y across the plot.</summary>
    Horizontal,

    /// <summary>Constant x across the plot.</summary>
    Vertical,
}
