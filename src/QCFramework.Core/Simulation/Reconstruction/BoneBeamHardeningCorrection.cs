using QCFramework.Numerics;
using QCFramework.Phantoms;
using QCFramework.Physics;
using QCFramework.Simulation.Projection;

namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// The scanner's second-pass (bone) beam-hardening correction, after Joseph PM and Spital RD,
/// J Comput Assist Tomogr 2 (1978) 100, as vendors apply it to body kernels on top of the water
/// correction:
/// <list type="number">
/// <item>the first-pass (water-corrected) image is read as water plus bone: every pixel above water
/// holds the fraction f = HU / HU_bone of ICRU 46 cortical bone (fat and air count as water-like);</item>
/// <item>f is forward-projected along the scanner's rays (bone length l_b per ray, on a 2× coarser
/// image);</item>
/// <item>each ray's water length l_w is solved from its water-corrected projection, knowing l_b and
/// the channel's spectrum: μref·L_w(−ln Σw·e^(−μ_w l_w − μ_b l_b) / Σw) = measured;</item>
/// <item>the ray is replaced by its linear value μref·l_w + μ_b,ref·l_b and reconstructed again.</item>
/// </list>
/// Bone is mapped to the CT number it has at the beam's effective energy behind 20 cm of water (the
/// hardened water μ of the central channel), so bone-like and water-like materials in a body of
/// typical size end on one energy scale; mapping bone to the unattenuated beam's energy instead
/// would put them on two. A single energy cannot tell mineral from denser water, so anything above
/// water (soft tissue, iodine, a rod's water excess) is read as bone too, as a threshold-free
/// segmentation does. The solve runs on tables (every 16th channel, l_b every 0.1 cm, l_w every
/// 1 cm) interpolated linearly; the corrected projection is smooth in all three.
/// </summary>
public sealed class BoneBeamHardeningCorrection
{
    /// <summary>Water thickness whose hardened beam sets the bone reference energy, cm.</summary>
    public const double ReferenceWaterCm = 20;

    private const int ChannelGroup = 16;
    private const double BoneStepCm = 0.1;
    private const int BoneRows = 121;          // 0–12 cm of cortical bone
    private const double WaterStepCm = 1.0;
    private const int WaterColumns = 81;       // 0–80 cm of water

    private static readonly BoundedCache<string, BoneBeamHardeningCorrection> Cache = new(64);

    private readonly BeamModel _beam;
    private readonly int[] _tableChannels;
    private readonly double[][] _tables;       // per table channel: [boneRow * WaterColumns + waterColumn] → corrected projection

    private BoneBeamHardeningCorrection(BeamModel beam)
    {
        _beam = beam;
        var library = MaterialLibrary.Default;
        var water = library.Resolve("water");
        var bone = library.Resolve("cortical-bone");
        var g = beam.Profile.Geometry;
        double hardened = beam.HardenedWaterMuPerCm(g.Channels / 2, ReferenceWaterCm);
        ReferenceEnergyKev = RootFinding.Bisect(e => water.LinearAttenuationPerCm(e) - hardened, 20, 150, 1e-6);
        double boneToWater = bone.LinearAttenuationPerCm(ReferenceEnergyKev) / water.LinearAttenuationPerCm(ReferenceEnergyKev);
        BoneMuReferencePerCm = beam.MuReferencePerCm * boneToWater;
        BoneHu = 1000 * (boneToWater - 1);

        var muWater = beam.WaterMuPerCm;
        var muBone = bone.LinearAttenuationPerCm(beam.EnergiesKev);
        var channels = new List<int>();
        for (int c = 0; c < g.Channels - 1; c += ChannelGroup)
        {
            channels.Add(c);
        }

        channels.Add(g.Channels - 1);
        _tableChannels = channels.ToArray();
        _tables = new double[_tableChannels.Length][];
        Parallel.For(0, _tableChannels.Length, t =>
        {
            int c = _tableChannels[t];
            var (w1, _) = beam.ChannelWeights(c);
            double open = beam.OpenMoment1[c];
            var waterStep = new double[w1.Length];
            for (int k = 0; k < w1.Length; k++)
            {
                waterStep[k] = Math.Exp(-muWater[k] * WaterStepCm);
            }

            var table = new double[BoneRows * WaterColumns];
            var weights = new double[w1.Length];
            for (int r = 0; r < BoneRows; r++)
            {
                for (int k = 0; k < w1.Length; k++)
                {
                    weights[k] = w1[k] * Math.Exp(-muBone[k] * r * BoneStepCm);
                }

                for (int col = 0; col < WaterColumns; col++)
                {
                    double s = 0;
                    for (int k = 0; k < w1.Length; k++)
                    {
                        s += weights[k];
                        weights[k] *= waterStep[k];
                    }

                    table[r * WaterColumns + col] = beam.CorrectedProjection(c, -Math.Log(s / open));
                }
            }

            _tables[t] = table;
        });
    }

    /// <summary>The energy whose bone CT number the correction restores, keV.</summary>
    public double ReferenceEnergyKev { get; }

    /// <summary>Cortical bone's linear attenuation on the corrected scale, 1/cm.</summary>
    public double BoneMuReferencePerCm { get; }

    /// <summary>Cortical bone's CT number at the reference energy, HU.</summary>
    public double BoneHu { get; }

    /// <summary>The correction for a beam (cached: it depends only on the beam).</summary>
    public static BoneBeamHardeningCorrection For(BeamModel beam) => Cache.GetOrAdd(beam.Key, () => new BoneBeamHardeningCorrection(beam));

    /// <summary>
    /// Corrects a water-corrected fan sinogram (views × channels of the beam's geometry) given the
    /// first-pass image in HU on <paramref name="grid"/>, read as bone on a grid <paramref name="binning"/>
    /// times coarser (2 for a 512² image: 2×2 means also halve the noise that decides f near water).
    /// </summary>
    public float[] Apply(float[] sinogram, float[] firstPassHu, RasterGrid grid, int binning = 2, ParallelOptions? parallel = null)
    {
        var g = _beam.Profile.Geometry;
        int views = g.ViewsPerRotation, channels = g.Channels;
        var (fraction, coarse) = BoneFraction(firstPassHu, grid, binning);
        var lengths = BoneLengths(fraction, coarse, g, parallel);
        var corrected = new float[sinogram.Length];
        Parallel.For(0, views, parallel ?? new ParallelOptions(), v =>
        {
            for (int c = 0; c < channels; c++)
            {
                int ray = v * channels + c;
                double lb = lengths[ray];
                if (!(lb > 1e-4))
                {
                    corrected[ray] = sinogram[ray];
                    continue;
                }

                double lw = WaterLength(c, sinogram[ray], lb);
                corrected[ray] = (float)(_beam.MuReferencePerCm * lw + BoneMuReferencePerCm * lb);
            }
        });
        return corrected;
    }

    // The water length of a ray with bone length lb and corrected projection p: solved on the two
    // nearest table channels and bone rows, interpolated linearly.
    private double WaterLength(int channel, double p, double lb)
    {
        int t = Array.BinarySearch(_tableChannels, channel);
        double tc = 0;
        if (t < 0)
        {
            t = ~t - 1;
            tc = (channel - _tableChannels[t]) / (double)(_tableChannels[t + 1] - _tableChannels[t]);
        }

        double row = Math.Min(lb / BoneStepCm, BoneRows - 1.000001);
        int r = (int)row;
        double tr = row - r;
        double a = (1 - tr) * Invert(_tables[t], r, p) + tr * Invert(_tables[t], r + 1, p);
        if (tc == 0)
        {
            return a;
        }

        double b = (1 - tr) * Invert(_tables[t + 1], r, p) + tr * Invert(_tables[t + 1], r + 1, p);
        return (1 - tc) * a + tc * b;
    }

    // Water length at which row r of a table reaches p (monotone rising in water length; linear beyond its ends).
    private static double Invert(double[] table, int r, double p)
    {
        int start = r * WaterColumns;
        int lo = 0, hi = WaterColumns - 1;
        if (p <= table[start])
        {
            double slope0 = (table[start + 1] - table[start]) / WaterStepCm;
            return (p - table[start]) / slope0;
        }

        if (p >= table[start + hi])
        {
            double slope1 = (table[start + hi] - table[start + hi - 1]) / WaterStepCm;
            return hi * WaterStepCm + (p - table[start + hi]) / slope1;
        }

        while (hi - lo > 1)
        {
            int mid = (lo + hi) >> 1;
            if (table[start + mid] <= p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double f = (p - table[start + lo]) / (table[start + hi] - table[start + lo]);
        return (lo + f) * WaterStepCm;
    }

    // Bone fraction on a grid binned by the factor (block means).
    private (float[] Fraction, RasterGrid Grid) BoneFraction(float[] hu, RasterGrid grid, int binning)
    {
        int columns = grid.Columns / binning, rows = grid.Rows / binning;
        var coarse = new RasterGrid(columns, rows, grid.PixelSpacingMm * binning, grid.CenterXMm, grid.CenterYMm);
        var fraction = new float[columns * rows];
        double norm = 1.0 / (binning * binning);
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < columns; i++)
            {
                double sum = 0;
                for (int dj = 0; dj < binning; dj++)
                {
                    int row = (binning * j + dj) * grid.Columns + binning * i;
                    for (int di = 0; di < binning; di++)
                    {
                        sum += hu[row + di];
                    }
                }

                double mean = sum * norm;
                fraction[j * columns + i] = mean > 0 ? (float)(mean / BoneHu) : 0f;
            }
        }

        return (fraction, coarse);
    }

    // Line integrals (cm) of the bone fraction along every ray of the fan geometry: bilinear samples a
    // pixel apart, only across the bounding box of the bone.
    private static float[] BoneLengths(float[] fraction, RasterGrid grid, FanBeamGeometry g, ParallelOptions? parallel)
    {
        int views = g.ViewsPerRotation, channels = g.Channels;
        var lengths = new float[views * channels];
        int i0 = grid.Columns, i1 = -1, j0 = grid.Rows, j1 = -1;
        for (int j = 0; j < grid.Rows; j++)
        {
            for (int i = 0; i < grid.Columns; i++)
            {
                if (fraction[j * grid.Columns + i] > 0)
                {
                    i0 = Math.Min(i0, i);
                    i1 = Math.Max(i1, i);
                    j0 = Math.Min(j0, j);
                    j1 = Math.Max(j1, j);
                }
            }
        }

        if (i1 < 0)
        {
            return lengths;
        }

        // The box in mm, one pixel wider on each side (bilinear support).
        double xMin = grid.X(i0 - 1), xMax = grid.X(i1 + 1), yMin = grid.Y(j0 - 1), yMax = grid.Y(j1 + 1);
        double step = grid.PixelSpacingMm;
        var fan = new double[channels];
        for (int c = 0; c < channels; c++)
        {
            fan[c] = g.FanAngleRad(c);
        }

        Parallel.For(0, views, parallel ?? new ParallelOptions(), v =>
        {
            double beta = 2 * Math.PI * v / views;
            double sx = g.SourceToIsocenterMm * Math.Cos(beta), sy = g.SourceToIsocenterMm * Math.Sin(beta);
            for (int c = 0; c < channels; c++)
            {
                double a = beta + fan[c];
                double dx = -Math.Cos(a), dy = -Math.Sin(a);
                if (!Clip(sx, sy, dx, dy, xMin, xMax, yMin, yMax, out double enter, out double exit))
                {
                    continue;
                }

                double sum = 0;
                for (double t = enter + 0.5 * step; t < exit; t += step)
                {
                    double u = grid.Column(sx + t * dx), w = grid.Row(sy + t * dy);
                    int iu = (int)Math.Floor(u), jw = (int)Math.Floor(w);
                    if (iu < 0 || jw < 0 || iu >= grid.Columns - 1 || jw >= grid.Rows - 1)
                    {
                        continue;
                    }

                    double fu = u - iu, fw = w - jw;
                    int p = jw * grid.Columns + iu;
                    sum += (1 - fw) * ((1 - fu) * fraction[p] + fu * fraction[p + 1]) + fw * ((1 - fu) * fraction[p + grid.Columns] + fu * fraction[p + grid.Columns + 1]);
                }

                lengths[v * channels + c] = (float)(sum * step / 10);
            }
        });
        return lengths;
    }

    // The ray's parameter interval inside the box (slab method), or false when it misses it.
    private static bool Clip(double sx, double sy, double dx, double dy, double xMin, double xMax, double yMin, double yMax, out double enter, out double exit)
    {
        enter = double.NegativeInfinity;
        exit = double.PositiveInfinity;
        if (!Slab(sx, dx, xMin, xMax, ref enter, ref exit) || !Slab(sy, dy, yMin, yMax, ref enter, ref exit))
        {
            return false;
        }

        return exit > enter;
    }

    private static bool Slab(double origin, double direction, double min, double max, ref double enter, ref double exit)
    {
        if (Math.Abs(direction) < 1e-12)
        {
            return origin >= min && origin <= max;
        }

        double t0 = (min - origin) / direction, t1 = (max - origin) / direction;
        if (t0 > t1)
        {
            (t0, t1) = (t1, t0);
        }

        enter = Math.Max(enter, t0);
        exit = Math.Min(exit, t1);
        return true;
    }
}
