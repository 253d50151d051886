namespace QCFramework.Reporting.Certification;

/// <summary>
/// What an acceptance criterion measures on a group of results (definitions in
/// <see cref="GroupMetrics"/>; YAML names and units in <see cref="CriterionMetrics"/>).
/// </summary>
public enum CriterionMetric
{
    /// <summary>Mean signed relative error of the measured values, % of truth.</summary>
    RelativeErrorPct,

    /// <summary>Relative standard deviation over repeated scans (root-mean-square CV over the repeat sets), %.</summary>
    RsdPct,

    /// <summary>Slope of the least-squares line of measured on nominal values.</summary>
    Slope,

    /// <summary>Intercept of that line, mg HA/cm³.</summary>
    InterceptMgPerCm3,

    /// <summary>Coefficient of determination R² of that line.</summary>
    RSquared,

    /// <summary>Root-mean-square error against truth, mg HA/cm³.</summary>
    RmseMgPerCm3,

    /// <summary>Mean signed error against truth, mg HA/cm³.</summary>
    MeanErrorMgPerCm3,
}
