namespace QCFramework.Reporting.Certification;

/// <summary>The YAML name, printed label and unit of each <see cref="CriterionMetric"/>.</summary>
public static class CriterionMetrics
{
    /// <summary>Every metric, in declaration order.</summary>
    public static IReadOnlyList<CriterionMetric> All { get; } = Enum.GetValues<CriterionMetric>();

    /// <summary>The metric's name in criteria files (camelCase, unit in the name).</summary>
    public static string YamlName(CriterionMetric metric) => metric switch
    {
        CriterionMetric.RelativeErrorPct => "relativeErrorPct",
        CriterionMetric.RsdPct => "rsdPct",
        CriterionMetric.Slope => "slope",
        CriterionMetric.InterceptMgPerCm3 => "interceptMgPerCm3",
        CriterionMetric.RSquared => "rSquared",
        CriterionMetric.RmseMgPerCm3 => "rmseMgPerCm3",
        CriterionMetric.MeanErrorMgPerCm3 => "meanErrorMgPerCm3",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>The metric as printed in limits and tables, e.g. "RE", "slope".</summary>
    public static string Label(CriterionMetric metric) => metric switch
    {
        CriterionMetric.RelativeErrorPct => "RE",
        CriterionMetric.RsdPct => "RSD",
        CriterionMetric.Slope => "slope",
        CriterionMetric.InterceptMgPerCm3 => "intercept",
        CriterionMetric.RSquared => "R²",
        CriterionMetric.RmseMgPerCm3 => "RMSE",
        CriterionMetric.MeanErrorMgPerCm3 => "mean error",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>The metric's unit ("%", "mg HA/cm³"), or "" for dimensionless ones.</summary>
    public static string Unit(CriterionMetric metric) => metric switch
    {
        CriterionMetric.RelativeErrorPct or CriterionMetric.RsdPct => "%",
        CriterionMetric.InterceptMgPerCm3 or CriterionMetric.RmseMgPerCm3 or CriterionMetric.MeanErrorMgPerCm3 => "mg HA/cm³",
        _ => "",
    };

    /// <summary>Decimals the metric is printed with: enough to see it against its limit.</summary>
    public static int Decimals(CriterionMetric metric) => metric switch
    {
        CriterionMetric.Slope => 3,
        CriterionMetric.RSquared => 4,
        _ => 2,
    };

    /// <summary>The metric named <paramref name="yamlName"/>, or null.</summary>
    public static CriterionMetric? FromYamlName(string yamlName)
    {
        foreach (CriterionMetric m in All)
        {
            if (YamlName(m) == yamlName)
            {
                return m;
            }
        }

        return null;
    }
}
