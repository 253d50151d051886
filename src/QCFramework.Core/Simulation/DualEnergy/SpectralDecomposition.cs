using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;
using QCFramework.Physics;
using QCFramework.Simulation.Projection;

namespace QCFramework.Simulation.DualEnergy;

/// <summary>
/// Image-domain two-material decomposition into water and iodine and the virtual monoenergetic
/// images (VMI) it gives (as vendors' image-based VMI do; Yu L. et al., Med Phys 38 (2011) 2469).
/// The scanner calibrates the basis on a water cylinder: the CT number of 10 mg I/mL at the centre in
/// the low and the high image. Image-domain (dual-source) scanners calibrate once, on a 200 mm
/// cylinder, so their iodine basis drifts with body size; projection-domain decomposition (fast kV
/// switching, dual layer) removes the water beam hardening ray by ray, which the image-domain model
/// emulates by calibrating on a cylinder of the section's water-equivalent diameter. Per pixel, with x = 1 + HU/1000,
/// x_low = a_w + a_I·d_low and x_high = a_w + a_I·d_high (d: the relative increment of 10 mg I/mL);
/// then VMI(E) = a_w·μ_water(E) + a_I·(μ_I10(E) − μ_water(E)). Materials outside the basis (bone, fat)
/// are represented approximately, as in a real scanner's VMIs.
/// </summary>
public sealed class SpectralDecomposition
{
    private readonly double _dLow, _dHigh;

    private SpectralDecomposition(double dLow, double dHigh)
    {
        (_dLow, _dHigh) = (dLow, dHigh);
        if (Math.Abs(_dLow - _dHigh) < 1e-6)
        {
            throw new InputException("the low and high images do not separate water from iodine (identical spectra?)");
        }
    }

    /// <summary>Diameter of the fixed calibration cylinder of image-domain scanners, mm.</summary>
    public const double FixedCalibrationDiameterMm = 200;

    /// <summary>Calibrates the decomposition for a pair of beams on a water cylinder of <paramref name="diameterMm"/>.</summary>
    public static SpectralDecomposition Calibrate(BeamModel low, BeamModel high, double diameterMm = FixedCalibrationDiameterMm)
    {
        if (!(diameterMm is >= 50 and <= 600))
        {
            throw new InputException($"spectral calibration cylinder of {diameterMm:0} mm is outside 50–600 mm");
        }

        double r = diameterMm / 2;
        var solids = new[]
        {
            new PhantomSolid("water", "water", Enhancement.None, new Prism(new Ellipse2D(0, 0, r, r), -50, 50)),
            new PhantomSolid("iodine", "iodine-in-water:10", Enhancement.None, new Prism(new Ellipse2D(0, 0, 0.05, 0.05), -50, 50)),
        };
        var scene = new ScanScene(new Phantom("spectral-calibration", $"{diameterMm:0} mm water cylinder with 10 mg I/mL at its centre", "", solids, []), ContrastPhase.None);
        var grid = new RasterGrid(64, 64, Math.Max(4, 1.25 * diameterMm / 64));
        var ssp = new SliceProfile(1);
        double Increment(BeamModel beam)
        {
            var hu = FastModeSimulator.CentreCtNumbers(scene, beam, grid, 0, ssp);
            return (hu[1] - hu[0]) / 1000;
        }

        return new SpectralDecomposition(Increment(low), Increment(high));
    }

    /// <summary>The VMI at <paramref name="kev"/> from the low and high images (HU).</summary>
    public float[] Monoenergetic(float[] lowHu, float[] highHu, double kev)
    {
        var library = MaterialLibrary.Default;
        double muWater = library.Resolve("water").LinearAttenuationPerCm(kev);
        double iodineIncrement = library.Resolve("iodine-in-water:10").LinearAttenuationPerCm(kev) / muWater - 1;
        var vmi = new float[lowHu.Length];
        double denominator = _dLow - _dHigh;
        for (int i = 0; i < vmi.Length; i++)
        {
            double xl = 1 + lowHu[i] / 1000.0, xh = 1 + highHu[i] / 1000.0;
            double iodine = (xl - xh) / denominator;
            double water = xl - iodine * _dLow;
            vmi[i] = (float)(1000 * (water - 1 + iodine * iodineIncrement));
        }

        return vmi;
    }
}
