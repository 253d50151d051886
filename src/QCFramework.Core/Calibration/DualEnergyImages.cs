using System.Globalization;
using QCFramework.Measurement;

namespace QCFramework.Calibration;

/// <summary>
/// Picks the two images a material decomposition works on. Virtual monoenergetic images state their
/// energy: the lowest and the highest are used (Bonelab's DECT analysis uses 40 and 90 keV). Low and
/// high kVp images do not: each one's effective energy, gain and offset are found from its reference
/// tissues (<see cref="TissueEnergyFit.MultiTissue"/>; air, fat, muscle and cortical bone, and
/// unenhanced blood when present). With calibration rods in view the mineral scale of each image is
/// measured on them, as dual-energy QCT calibrates its mineral basis on a phantom (Goodsitt 1987):
/// a scanner's VMIs represent materials outside their own basis (often water and iodine) only
/// approximately, so hydroxyapatite's CT numbers in them differ from its monoenergetic values.
/// </summary>
public static class DualEnergyImages
{
    /// <summary>The pair, low energy first, or the reason there is none.</summary>
    public static ((EnergyImage Low, EnergyImage High)? Pair, string? Reason) Select(CalibrationInputs inputs)
    {
        var (pair, reason) = Choose(inputs.Series);
        return pair is { } p ? ((WithRods(inputs, p.Low), WithRods(inputs, p.High)), null) : (null, reason);
    }

    private static ((EnergyImage Low, EnergyImage High)? Pair, string? Reason) Choose(SeriesMeasurement series)
    {
        var vmis = series.Images.Where(i => i.Acquisition.ImageKind.Equals("VMI", StringComparison.OrdinalIgnoreCase) && i.Acquisition.MonoenergeticKev is not null)
            .OrderBy(i => i.Acquisition.MonoenergeticKev).ToArray();
        if (vmis.Length >= 2 && vmis[^1].Acquisition.MonoenergeticKev > vmis[0].Acquisition.MonoenergeticKev)
        {
            return ((Known(vmis[0]), Known(vmis[^1])), null);
        }

        var low = series.Image("low");
        var high = series.Image("high");
        if (low is null || high is null)
        {
            string have = string.Join(", ", series.Images.Select(i => i.Key));
            return (null, $"one energy only (images: {have}); needs two virtual monoenergetic images or low and high kVp images");
        }

        var (lowScale, lowReason) = FromTissues(series, "low");
        if (lowScale is null)
        {
            return (null, lowReason);
        }

        var (highScale, highReason) = FromTissues(series, "high");
        if (highScale is null)
        {
            return (null, highReason);
        }

        if (!(highScale.EnergyKev > lowScale.EnergyKev + 5))
        {
            return (null, $"the low and high images' effective energies ({lowScale.EnergyKev:0.#} and {highScale.EnergyKev:0.#} keV) are too close to separate materials");
        }

        return ((FromPhysics("low", lowScale), FromPhysics("high", highScale)), null);
    }

    /// <summary>The pair's energies and mineral scales, for a fit's diagnostics.</summary>
    public static IReadOnlyList<FitDiagnostic> Diagnostics(EnergyImage low, EnergyImage high) =>
    [
        new("lowEnergyKev", low.Scale.EnergyKev), new("highEnergyKev", high.Scale.EnergyKev),
        new("mineralLowHuPerMgPerCm3", low.MineralSlopeHuPerMgPerCm3), new("mineralHighHuPerMgPerCm3", high.MineralSlopeHuPerMgPerCm3),
        new("waterLowHu", low.WaterHu), new("waterHighHu", high.WaterHu), new("mineralFromRods", low.FromRods && high.FromRods ? 1 : 0),
    ];

    private static EnergyImage Known(SeriesImage image) => FromPhysics(image.Key, new EnergyFit(image.Acquisition.MonoenergeticKev!.Value, 1, 0, 1));

    private static EnergyImage FromPhysics(string image, EnergyFit scale) =>
        new(image, scale, MineralEquivalence.HaSlopeHuPerMgPerCm3(scale.EnergyKev), 0, false);

    // The rods' regression on the image's monoenergetic scale, in mg HA/cm³ (K2HPO4 converted at the image's energy).
    private static EnergyImage WithRods(CalibrationInputs inputs, EnergyImage image)
    {
        var (points, _) = RodPoints.From(inputs, image.Image);
        if (points is null || points.DensityMgPerCm3.Count < 3)
        {
            return image;
        }

        var hu = points.Hu.Select(image.Scale.MonoenergeticHu).ToArray();
        var fit = Statistics.LinearRegression.Fit(points.DensityMgPerCm3.ToArray(), hu);
        if (fit.RSquared < Algorithms.QctRegression.MinRSquared || !(fit.Slope > 0))
        {
            return image;
        }

        double perMgHa = points.Kind == Phantoms.CertificateKind.K2hpo4Water
            ? fit.Slope / MineralEquivalence.K2hpo4ToHaFactor(image.Scale.EnergyKev)
            : fit.Slope;
        return image with { MineralSlopeHuPerMgPerCm3 = perMgHa, WaterHu = fit.Intercept, FromRods = true };
    }

    private static (EnergyFit? Scale, string? Reason) FromTissues(SeriesMeasurement series, string image)
    {
        var t = series.Tissues;
        var fat = t.SubcutaneousFat.IsAvailable ? t.SubcutaneousFat : t.VisceralFat;
        var candidates = new[] { (t.Air, ReferenceTissue.Air), (fat, ReferenceTissue.Fat), (t.Muscle, ReferenceTissue.Muscle), (t.CorticalBone, ReferenceTissue.CorticalBone), (t.Blood, ReferenceTissue.Blood) };
        var samples = new List<TissueSample>();
        foreach (var (reading, tissue) in candidates)
        {
            if (reading.Hu?.On(image) is { } r)
            {
                samples.Add(new TissueSample(tissue, r.MeanHu));
            }
        }

        bool hasBone = t.CorticalBone.IsAvailable;
        if (samples.Count < 4 || !hasBone)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"the '{image}' image's effective energy needs air, fat, muscle and cortical bone readings; {samples.Count} tissue(s) available{(hasBone ? "" : ", no cortical bone")}"));
        }

        var fit = TissueEnergyFit.MultiTissue(samples);
        return fit.RSquared < 0.99
            ? (null, $"the '{image}' image's tissues fit no single effective energy (r² {fit.RSquared:0.000})")
            : (fit, null);
    }
}
