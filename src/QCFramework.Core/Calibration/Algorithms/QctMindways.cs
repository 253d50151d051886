using QCFramework.Phantoms;
using QCFramework.Statistics;

namespace QCFramework.Calibration.Algorithms;

/// <summary>
/// Mindways QCT PRO calibration of a K2HPO4/water rod phantom: HU − ρwater = σref·ρK2HPO4 + βref by
/// least squares over the rods, then σCT = σref − 0.2174 and βCT = βref + 999.6 and
/// BMD_K2HPO4 = (HU − βCT)/σCT (QCT PRO User Guide v5.0, as implemented in Bonelab Ogo). The result is
/// converted to hydroxyapatite: mg HA/cm³ = f(E)·BMD_K2HPO4 with f = σCT/s_HA at the effective energy E
/// where the physics gives the fitted σref (s_HA: CT number per mg/cm³ of HA in water). f rises with
/// energy, hence with kVp (about 0.99 at 80 kVp to 1.03 at 140 kVp for a standard beam): the kVp
/// dependence Goodsitt measured (Bone Miner 19 (1992) 145: BMD_K2HPO4/BMD_HA = 0.86 at 80 kVp, 0.81 at
/// 140 kVp). Goodsitt's ratios and Faulkner's HA ≈ 1.15·K2HPO4 − 7.32 (1993) were measured with liquid
/// K2HPO4 solutions against solid HA standards; a Mindways certificate states its rods as K2HPO4 plus
/// water equivalents, for which the physics ratio is the consistent one.
/// </summary>
public sealed class QctMindways : ICalibrationAlgorithm
{
    /// <inheritdoc />
    public string Name => "qct-mindways";

    /// <inheritdoc />
    public AlgorithmFamily Family => AlgorithmFamily.SynchronousPhantom;

    /// <inheritdoc />
    public string Citation => "Mindways QCT PRO User Guide v5.0 (as implemented in Bonelab Ogo, MindwaysCalibration); HA conversion from NIST/xraylib attenuation; Goodsitt, Bone Miner 19 (1992) 145";

    /// <inheritdoc />
    public string Assumptions => "Rods as the certificate states them (K2HPO4 + water equivalents); CT numbers linear in both; one effective energy converts K2HPO4 to HA.";

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredInputs => ["Mindways-style K2HPO4/water rods in view", "the phantom's certificate (K2HPO4 and water per rod)"];

    /// <inheritdoc />
    public CalibrationResult Fit(CalibrationInputs inputs)
    {
        if (inputs.Certificate is { Kind: not CertificateKind.K2hpo4Water } certificate)
        {
            return CalibrationResult.NotApplicable(Name, $"the certificate of '{certificate.Phantom}' states HA rods; the Mindways method is for K2HPO4/water certificates (use qct-regression)");
        }

        var (points, reason) = RodPoints.From(inputs, inputs.Series.ReferenceImage.Key);
        if (points is null)
        {
            return CalibrationResult.NotApplicable(Name, reason!);
        }

        if (points.DensityMgPerCm3.Count < 3)
        {
            return CalibrationResult.NotApplicable(Name, $"the fit needs at least three rods; the phantom has {points.DensityMgPerCm3.Count}");
        }

        // Undo the water correction RodPoints applied, to fit QCT PRO's own equation.
        var k = points.DensityMgPerCm3.ToArray();
        var lhs = points.Hu.Select((h, i) => h - MineralEquivalence.MindwaysInterceptOffset + MineralEquivalence.MindwaysSlopeOffset * k[i]).ToArray();
        var fit = LinearRegression.Fit(k, lhs);
        double sigmaCt = fit.Slope - MineralEquivalence.MindwaysSlopeOffset;
        double betaCt = fit.Intercept + MineralEquivalence.MindwaysInterceptOffset;
        var diagnostics = new List<FitDiagnostic>
        {
            new("sigmaRef", fit.Slope), new("betaRef", fit.Intercept), new("sigmaCt", sigmaCt), new("betaCt", betaCt), new("rSquared", fit.RSquared),
        };
        if (fit.RSquared < QctRegression.MinRSquared)
        {
            return CalibrationResult.NotApplicable(Name, $"poor fit: R² {fit.RSquared:0.0000} is below {QctRegression.MinRSquared}", diagnostics);
        }

        var (model, refusal) = points.ModelOf(sigmaCt, betaCt, diagnostics);
        return model is null ? CalibrationResult.NotApplicable(Name, refusal!, diagnostics) : CalibrationResult.Fitted(Name, model, diagnostics);
    }
}
