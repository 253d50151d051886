namespace QCFramework.Statistics;

/// <summary>Accuracy and repeatability of one group of measurements against their nominal values.</summary>
/// <param name="N">Number of measurements.</param>
/// <param name="MeanMeasured">Mean of the measured values.</param>
/// <param name="MeanNominal">Mean of the nominal values.</param>
/// <param name="MeanError">Mean signed error, measured − nominal.</param>
/// <param name="MeanAbsoluteError">Mean absolute error.</param>
/// <param name="MeanRelativeErrorPct">Mean signed RE% (NaN if a nominal value is zero).</param>
/// <param name="MeanAbsoluteRelativeErrorPct">Mean |RE%| (NaN if a nominal value is zero).</param>
/// <param name="Rmse">Root-mean-square error.</param>
/// <param name="SdMeasured">SD of the measured values (n − 1), the repeatability when the group is repeats of one object.</param>
/// <param name="RsdPct">Relative SD (CV) of the measured values in percent.</param>
public sealed record AccuracySummary(
    int N,
    double MeanMeasured,
    double MeanNominal,
    double MeanError,
    double MeanAbsoluteError,
    double MeanRelativeErrorPct,
    double MeanAbsoluteRelativeErrorPct,
    double Rmse,
    double SdMeasured,
    double RsdPct);
