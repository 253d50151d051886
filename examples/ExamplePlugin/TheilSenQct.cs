using QCFramework.Calibration;

namespace QCFramework.Examples.Plugin;

/// <summary>
/// An example plug-in: phantom QCT whose calibration line through the rods is the Theil–Sen estimator
/// (median of the pairwise slopes; Sen, J Am Stat Assoc 63 (1968) 1379), robust to one bad rod.
/// Any public class implementing <see cref="ICalibrationAlgorithm"/> with a parameterless constructor
/// in the assembly is picked up.
/// </summary>
public sealed class TheilSenQct : ICalibrationAlgorithm
{
    public string Name => "example-theil-sen";

    public AlgorithmFamily Family => AlgorithmFamily.SynchronousPhantom;

    public string Citation => "Example plug-in (examples/ExamplePlugin); Sen PK, J Am Stat Assoc 63 (1968) 1379";

    public string Assumptions => "CT numbers are linear in mineral density; at most a minority of rods is misread.";

    public IReadOnlyList<string> RequiredInputs => ["calibration rods in view", "the phantom's certificate"];

    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var (points, reason) = RodPoints.From(inputs, inputs.Series.ReferenceImage.Key);
        if (points is null)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        var slopes = new List<double>();
        for (int i = 0; i < points.Hu.Count; i++)
        {
            for (int j = i + 1; j < points.Hu.Count; j++)
            {
                double dx = points.DensityMgPerCm3[j] - points.DensityMgPerCm3[i];
                if (dx != 0)
                {
                    slopes.Add((points.Hu[j] - points.Hu[i]) / dx);
                }
            }
        }

        if (slopes.Count == 0)
        {
            return CalibrationResult.NotApplicable(Name, "the rods do not differ in density");
        }

        double slope = Median(slopes);
        double intercept = Median(points.Hu.Select((hu, k) => hu - slope * points.DensityMgPerCm3[k]).ToList());
        var diagnostics = new List<FitDiagnostic>();
        var (model, why) = points.ModelOf(slope, intercept, diagnostics);
        return model is null ? CalibrationResult.NotApplicable(Name, why!) : CalibrationResult.Fitted(Name, model, diagnostics);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }
}
