namespace QCFramework.Statistics;

/// <summary>The scale on which Bland–Altman differences are taken.</summary>
public enum BlandAltmanScale
{
    /// <summary>Plain differences b − a, in the measurement's unit.</summary>
    Difference,

    /// <summary>
    /// Log differences ln b − ln a, for heteroscedastic data whose spread grows with the level
    /// (Bland &amp; Altman 1999, Stat Methods Med Res 8:135, §5); exponentiated, bias and limits
    /// become ratios b/a. Needs strictly positive values.
    /// </summary>
    LogRatio,
}
