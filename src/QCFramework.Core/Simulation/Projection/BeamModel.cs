using System.Collections.Concurrent;
using QCFramework.Physics;

namespace QCFramework.Simulation.Projection;

/// <summary>
/// The beam as each detector channel sees it, per unit exposure: the tube spectrum (interpolated to
/// the kVp, with flat filtration) behind the bowtie at the channel's fan angle, weighted by the
/// energy the detector layer absorbs, E·η(E). Also the scanner's water beam-hardening correction,
/// calibrated on water per channel as a real scanner's is: the polychromatic projection P of water
/// of length L is tabulated and inverted, and corrected projections are μref·L(P), so water
/// reconstructs to μref (0 HU) whatever its size. Immutable; cached per scanner, kVp and layer.
/// </summary>
public sealed class BeamModel
{
    /// <summary>Water lengths of the correction table: 0 to 80 cm every 0.25 cm.</summary>
    private const double TableStepCm = 0.25;
    private const int TableLength = 321;

    private static readonly ConcurrentDictionary<string, BeamModel> Cache = new();

    private readonly double[][] _w1;        // [channel][bin] per unit exposure (see ExposureScale)
    private readonly double[][] _w2;
    private readonly double[][] _tableP;    // [channel][i] polychromatic water projection at L = i·step
    private readonly double[][] _tableMu;   // [channel][i] effective μ of water behind L = i·step

    private BeamModel(ScannerProfile profile, double kvp, double tinMm, DetectorLayer layer)
    {
        Profile = profile;
        Kvp = kvp;
        TinMm = tinMm;
        Layer = layer;
        var library = MaterialLibrary.Default;
        var f = profile.Filtration;
        var spectrum = SpectrumLibrary.Default.Get(kvp, profile.TargetAngleDeg)
            .Filter(library.Resolve("aluminium"), f.AluminiumMm)
            .Filter(library.Resolve("copper"), f.CopperMm)
            .Filter(library.Resolve("titanium"), f.TitaniumMm)
            .Filter(library.Resolve("tin"), f.TinMm + tinMm)
            .Rebin(2);
        var bins = spectrum.NonZeroBins().Where(b => b.Fluence > spectrum.TotalFluence * 1e-9).ToArray();
        EnergiesKev = bins.Select(b => b.EnergyKev).ToArray();
        Spectrum = spectrum;

        // Absorbed fraction in the detector layer, per bin.
        var top = library.Resolve(profile.Detector.Top.Material);
        var bottom = profile.Detector.Bottom is { } b ? library.Resolve(b.Material) : null;
        var eta = new double[bins.Length];
        for (int k = 0; k < bins.Length; k++)
        {
            double e = bins[k].EnergyKev;
            double tTop = Math.Exp(-top.LinearAttenuationPerCm(e) * profile.Detector.Top.ThicknessMm / 10);
            double absorbedTop = 1 - tTop;
            double absorbedBottom = bottom is null ? 0 : tTop * (1 - Math.Exp(-bottom.LinearAttenuationPerCm(e) * profile.Detector.Bottom!.ThicknessMm / 10));
            eta[k] = layer switch
            {
                DetectorLayer.Top => absorbedTop,
                DetectorLayer.Bottom => absorbedBottom,
                _ => absorbedTop + absorbedBottom,
            };
        }

        if (layer != DetectorLayer.Total && bottom is null)
        {
            throw new InputException($"scanner '{profile.Name}' has a single-layer detector: no {layer.ToString().ToLowerInvariant()} layer signal");
        }

        // Photons per reading per unit exposure: fluence at the detector (inverse square from 1 m)
        // × channel area (pitch × 1 mm of slice at the isocentre, magnified) × mAs per view (1 mAs/rotation).
        var g = profile.Geometry;
        double areaCm2 = g.ChannelPitchMm / 10 * (1.0 * g.Magnification) / 10;
        double perReading = Math.Pow(1000 / g.SourceToDetectorMm, 2) * areaCm2 / g.ViewsPerRotation;
        var bowtie = BowtieProfile.Load(profile.Bowtie);
        var water = library.Resolve("water");
        WaterMuPerCm = water.LinearAttenuationPerCm(EnergiesKev);
        _w1 = new double[g.Channels][];
        _w2 = new double[g.Channels][];
        _tableP = new double[g.Channels][];
        _tableMu = new double[g.Channels][];
        MeanEnergyKev = new double[g.Channels];
        OpenQuanta = new double[g.Channels];
        OpenMoment1 = new double[g.Channels];
        var bowtieMu = BowtieAttenuation(library);
        for (int c = 0; c < g.Channels; c++)
        {
            double gamma = g.FanAngleRad(c);
            var paths = bowtie.PathsAt(gamma);
            var w1 = new double[bins.Length];
            var w2 = new double[bins.Length];
            double quanta = 0;
            for (int k = 0; k < bins.Length; k++)
            {
                double att = 0;
                foreach (var (material, cm) in paths)
                {
                    att += bowtieMu[material][k] * cm;
                }

                double n = bins[k].Fluence * Math.Exp(-att) * eta[k] * perReading;
                quanta += n;
                w1[k] = n * EnergiesKev[k];
                w2[k] = n * EnergiesKev[k] * EnergiesKev[k];
            }

            _w1[c] = w1;
            _w2[c] = w2;
            OpenQuanta[c] = quanta;
            OpenMoment1[c] = w1.Sum();
            MeanEnergyKev[c] = w1.Sum() / quanta;
            var table = new double[TableLength];
            var tableMu = new double[TableLength];
            double open = w1.Sum();
            for (int i = 0; i < TableLength; i++)
            {
                double l = i * TableStepCm, s = 0, sMu = 0;
                for (int k = 0; k < bins.Length; k++)
                {
                    double t = w1[k] * Math.Exp(-WaterMuPerCm[k] * l);
                    s += t;
                    sMu += t * WaterMuPerCm[k];
                }

                table[i] = -Math.Log(s / open);
                tableMu[i] = sMu / s;
            }

            _tableP[c] = table;
            _tableMu[c] = tableMu;
        }

        // The reference: water's effective μ for the central ray with nothing in the beam.
        int centre = g.Channels / 2;
        MuReferencePerCm = _w1[centre].Zip(WaterMuPerCm, (w, mu) => w * mu).Sum() / _w1[centre].Sum();
    }

    /// <summary>The scanner.</summary>
    public ScannerProfile Profile { get; }

    /// <summary>Tube potential, kVp.</summary>
    public double Kvp { get; }

    /// <summary>Tin added for this beam (dual source), mm.</summary>
    public double TinMm { get; }

    /// <summary>Detector layer.</summary>
    public DetectorLayer Layer { get; }

    /// <summary>The filtered tube spectrum (before bowtie and detector), 1 keV bins.</summary>
    public Spectrum Spectrum { get; }

    /// <summary>Energies of the bins used, keV.</summary>
    public double[] EnergiesKev { get; }

    /// <summary>Water's μ on the bins, 1/cm.</summary>
    public double[] WaterMuPerCm { get; }

    /// <summary>μref: water's effective attenuation that the correction maps every water projection to, 1/cm.</summary>
    public double MuReferencePerCm { get; }

    /// <summary>Absorbed quanta per reading per unit exposure with nothing in the beam, per channel.</summary>
    public double[] OpenQuanta { get; }

    /// <summary>First moment (Σ Φ·E·η) per channel per unit exposure with nothing in the beam: the air reading.</summary>
    public double[] OpenMoment1 { get; }

    /// <summary>Mean absorbed photon energy per channel with nothing in the beam, keV.</summary>
    public double[] MeanEnergyKev { get; }

    /// <summary>
    /// Readings scale with exposure: a rotation of <paramref name="mas"/> mAs and a slice of
    /// <paramref name="sliceMm"/> multiply the unit weights by mAs × slice.
    /// </summary>
    public static double ExposureScale(double mas, double sliceMm) => mas * sliceMm;

    /// <summary>Unit-exposure weights of a channel (Φ·E·η and Φ·E²·η per bin).</summary>
    public (double[] W1, double[] W2) ChannelWeights(int channel) => (_w1[channel], _w2[channel]);

    /// <summary>The beam model for a scanner, kVp, added tin and detector layer (cached).</summary>
    public static BeamModel Get(ScannerProfile profile, double kvp, double tinMm = 0, DetectorLayer layer = DetectorLayer.Total) =>
        Cache.GetOrAdd(KeyOf(profile, kvp, tinMm, layer), key => new BeamModel(profile, kvp, tinMm, layer) { Key = key });

    /// <summary>Identifies the beam (scanner geometry, spectrum, filtration, detector layer).</summary>
    public string Key { get; private init; } = "";

    private static string KeyOf(ScannerProfile p, double kvp, double tinMm, DetectorLayer layer) =>
        FormattableString.Invariant($"{p.Name}|{p.Geometry}|{p.Filtration}|{p.Bowtie}|{p.Detector.Top}|{p.Detector.Bottom}|{p.TargetAngleDeg}|{kvp}|{tinMm}|{layer}");

    /// <summary>The kernel for a set of materials on this beam's bins.</summary>
    public PolychromaticKernel KernelFor(IReadOnlyList<Material> materials) =>
        new(materials.Select(m => m.LinearAttenuationPerCm(EnergiesKev)).ToArray());

    /// <summary>
    /// The water-equivalent length (cm) whose polychromatic projection on <paramref name="channel"/>
    /// is <paramref name="projection"/> (monotone interpolation of the table; linear beyond it).
    /// </summary>
    public double WaterLengthCm(int channel, double projection)
    {
        var t = _tableP[channel];
        if (projection <= 0)
        {
            return projection / (t[1] / TableStepCm);
        }

        int hi = Array.BinarySearch(t, projection);
        if (hi >= 0)
        {
            return hi * TableStepCm;
        }

        hi = ~hi;
        if (hi >= TableLength)
        {
            double slope = (t[TableLength - 1] - t[TableLength - 2]) / TableStepCm;
            return (TableLength - 1) * TableStepCm + (projection - t[TableLength - 1]) / slope;
        }

        int lo = hi - 1;
        return (lo + (projection - t[lo]) / (t[hi] - t[lo])) * TableStepCm;
    }

    /// <summary>The water beam-hardening corrected projection μref·L(P) (dimensionless).</summary>
    public double CorrectedProjection(int channel, double projection) => MuReferencePerCm * WaterLengthCm(channel, projection);

    /// <summary>
    /// Effective μ of water behind <paramref name="lengthCm"/> of water on a channel,
    /// Σw₁e^(−μL)μ / Σw₁e^(−μL) in 1/cm: tabulated every 0.25 cm and interpolated linearly (the
    /// function is smooth; the interpolation error is below 10⁻⁵ relative).
    /// </summary>
    public double HardenedWaterMuPerCm(int channel, double lengthCm)
    {
        var t = _tableMu[channel];
        double x = Math.Clamp(lengthCm / TableStepCm, 0, TableLength - 1.000001);
        int i = (int)x;
        return t[i] + (x - i) * (t[i + 1] - t[i]);
    }

    private Dictionary<string, double[]> BowtieAttenuation(MaterialLibrary library) =>
        new[] { "aluminium", "graphite", "copper", "titanium" }.ToDictionary(m => m, m => library.Resolve(m).LinearAttenuationPerCm(EnergiesKev));
}
