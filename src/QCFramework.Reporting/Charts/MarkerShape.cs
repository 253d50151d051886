namespace QCFramework.Reporting.Charts;

/// <summary>Marker shapes for scatter points; shape as well as colour distinguishes series, for readers who cannot tell colours apart.</summary>
public enum MarkerShape
{
    /// <summary>Filled circle.</summary>
    Circle,

    /// <summary>Filled square.</summary>
    Square,

    /// <summary>Filled upward triangle.</summary>
    Triangle,

    /// <summary>Filled diamond.</summary>
    Diamond,

    /// <summary>Diagonal cross (two strokes).</summary>
    Cross,
}
