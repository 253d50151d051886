using QCFramework.Measurement;
using QCFramework.Statistics;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// QCT on the virtual non-contrast image: iodine is removed before the mineral estimate. Each reading
/// (ROI and rods) is split, from its CT numbers at the two energies, into iodine (i(E) HU per mg I/mL
/// added to water) and a non-iodine part W that is the same at both energies — the water–iodine
/// decomposition vendors' VNC images come from: W = (HU_low·i_high − HU_high·i_low)/(i_high − i_low).
/// W is not a monoenergetic CT number of bone, so it is calibrated like one: the rods' W against the
/// certificate by least squares (as qct-regression; Mindways rods water-corrected), and BMD is the
/// ROI's W on that line (K2HPO4 converted to HA by the ratio of the two minerals' physics slopes
/// combined as W combines CT numbers). Marrow fat is not separated (as in VNC-based QCT).
/// </summary>
public sealed class DectVnc : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "dect-vnc";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.DualEnergy;

    /// <inheritdoc />
    public string Citation => "QCT on virtual non-contrast images from dual-energy CT (water–iodine decomposition); e.g. Rahn S et al., Sci Rep 14 (2024) 18898 (contrast and the spine in spectral CT)";

    /// <inheritdoc />
    public string Assumptions => "Iodine behaves as iodine in water at the images' energies; the non-iodine part of bone and rods is calibrated by the rods; marrow fat is not corrected.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["two virtual monoenergetic images, or low and high kVp images with reference tissues", "at least three calibration rods in view", "the phantom's certificate"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        var (pair, reason) = DualEnergyImages.Select(inputs);
        if (pair is not { } images)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        var vnc = new NonContrast(images.Low, images.High);
        var (low, lowReason) = RodPoints.From(inputs, images.Low.Image);
        var (high, _) = RodPoints.From(inputs, images.High.Image);
        if (low is null || high is null)
        {
            return CalibrationResult.NotApplicable(Name, $"the VNC values are calibrated on the rods: {lowReason ?? "no rod readings on the high image"}");
        }

        if (low.DensityMgPerCm3.Count < 3)
        {
            return CalibrationResult.NotApplicable(Name, $"a regression needs at least three rods; the phantom has {low.DensityMgPerCm3.Count}");
        }

        var w = low.Hu.Select((h, i) => vnc.Of(images.Low.Scale.MonoenergeticHu(h), images.High.Scale.MonoenergeticHu(high.Hu[i]))).ToArray();
        var fit = LinearRegression.Fit(low.DensityMgPerCm3.ToArray(), w);
        var diagnostics = new List<FitDiagnostic>(DualEnergyImages.Diagnostics(images.Low, images.High))
        {
            new("vncSlopeHuPerMgPerCm3", fit.Slope), new("vncInterceptHu", fit.Intercept), new("rSquared", fit.RSquared),
            new("iodineLowHuPerMgPerMl", vnc.IodineLow), new("iodineHighHuPerMgPerMl", vnc.IodineHigh),
        };
        if (fit.RSquared < QctRegression.MinRSquared)
        {
            return CalibrationResult.NotApplicable(Name, $"poor fit of the rods' VNC values: R² {fit.RSquared:0.0000} is below {QctRegression.MinRSquared}", diagnostics);
        }

        if (!(fit.Slope > 0))
        {
            return CalibrationResult.NotApplicable(Name, $"the rods' VNC values do not rise with density (slope {fit.Slope:0.###} HU per mg/cm³)", diagnostics);
        }

        // K2HPO4 to HA in the VNC values: the ratio of the two minerals' slopes, each combined as W combines CT numbers.
        double factor = 1;
        if (low.Kind == Phantoms.CertificateKind.K2hpo4Water)
        {
            double el = images.Low.Scale.EnergyKev, eh = images.High.Scale.EnergyKev;
            double k2hpo4 = vnc.Of(MineralEquivalence.MindwaysSigmaRef(el) - MineralEquivalence.MindwaysSlopeOffset, MineralEquivalence.MindwaysSigmaRef(eh) - MineralEquivalence.MindwaysSlopeOffset);
            factor = k2hpo4 / vnc.Of(MineralEquivalence.HaSlopeHuPerMgPerCm3(el), MineralEquivalence.HaSlopeHuPerMgPerCm3(eh));
            diagnostics.Add(new FitDiagnostic("k2hpo4ToHaFactor", factor));
        }

        var line = LinearHuModel.FromLine("vnc", fit.Slope, fit.Intercept, factor);
        return CalibrationResult.Fitted(Name, new Model(vnc, line), diagnostics);
    }

    // The water–iodine split of a pair of monoenergetic CT numbers.
    private sealed class NonContrast(EnergyImage low, EnergyImage high)
    {
        public EnergyImage Low { get; } = low;

        public EnergyImage High { get; } = high;

        public double IodineLow { get; } = MineralEquivalence.IodineSlopeHuPerMgPerMl(low.Scale.EnergyKev);

        public double IodineHigh { get; } = MineralEquivalence.IodineSlopeHuPerMgPerMl(high.Scale.EnergyKev);

        public double Of(double huLow, double huHigh) => (huLow * IodineHigh - huHigh * IodineLow) / (IodineHigh - IodineLow);
    }

    private sealed record Model(NonContrast Vnc, LinearHuModel Line) : ICalibrationModel
    {
        public BmdEstimate Estimate(HuReadings roi)
        {
            if (roi.On(Vnc.Low.Image) is not { } low || roi.On(Vnc.High.Image) is not { } high)
            {
                return BmdEstimate.NotApplicable($"the ROI lacks a reading on '{Vnc.Low.Image}' or '{Vnc.High.Image}'");
            }

            return BmdEstimate.Density(Line.Predict(Vnc.Of(Vnc.Low.Scale.MonoenergeticHu(low.MeanHu), Vnc.High.Scale.MonoenergeticHu(high.MeanHu))));
        }
    }
}
