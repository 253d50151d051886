using System.Numerics;
using System.Runtime.CompilerServices;
using MathNet.Numerics.IntegralTransforms;
using QCFramework.Numerics;
using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;
using QCFramework.Simulation.Projection;
using QCFramework.Simulation.Reconstruction;

namespace QCFramework.Simulation;

/// <summary>
/// Fast mode: the image-domain equivalent of physics mode for large sweeps.
/// <list type="number">
/// <item>Exact partial-volume fractions of each material on the image grid, integrated over the
/// slice sensitivity profile.</item>
/// <item>Each material's CT number at the centre of the object, from the same spectra, bowtie,
/// detector and water correction as physics mode, linearised: a small amount of material m on a ray
/// adds μ̄_m = Σw·e^(−Σμl)·μ_m / Σw·e^(−Σμl) to its polychromatic projection, and the water
/// correction scales that by μref/μ̄_w(L_w(P)); averaged over 64 views through the centre.</item>
/// <item>Beam hardening everywhere else (cupping, bone streaks, the hardening of materials off centre)
/// as physics mode's own reconstruction gives it, at coarse sampling: the noiseless polychromatic,
/// water-corrected projections and the linear projections of the same materials at their centre
/// CT numbers are both reconstructed on a 256² grid from a quarter of the views and half the channels,
/// and their difference is added, interpolated, to the image.</item>
/// <item>The scanner's bone correction (single-energy images): the same second pass as physics mode's
/// (<see cref="BoneBeamHardeningCorrection"/>) on those noiseless projections, reading the slice's
/// materials at their CT numbers as its first-pass image; each material's CT number takes its change
/// and the field the rest.</item>
/// <item>Resolution: the kernel's MTF applied in 2D.</item>
/// <item>Noise: Gaussian noise with the NPS of the reconstruction and, at each point, the variance
/// physics mode would give there: the noise gain of the FBP times the mean over views of the
/// corrected projection's variance (quantum, m₂/m₁², and electronic) on the rays through it.</item>
/// </list>
/// </summary>
public static class FastModeSimulator
{
    private const int PointsPerSide = 16;
    private const int SampleViews = 64;
    private const int NoiseSampleViews = 48;

    // What a slice's images share whatever the kernel, exposure and noise: materials' CT numbers,
    // the beam-hardening field and the unit-exposure variance maps. Small; kept for repeats and sweeps.
    private static readonly BoundedCache<string, SlicePlan> Plans = new(256);

    private sealed record SlicePlan(double[] MaterialHu, float[] Hardening, LocalResponse Local);

    /// <summary>
    /// Simulates one slice; returns CT numbers (before the scanner's own CT-number calibration offset).
    /// With <paramref name="boneCorrection"/> the scanner's second-pass bone correction follows the
    /// water correction, as in single-energy body reconstructions.
    /// </summary>
    public static float[] Simulate(ScanScene scene, BeamModel beam, ReconstructionKernel kernel, RasterGrid grid, double zMm, SliceProfile ssp,
        double mas, ulong seed, bool boneCorrection = false, ParallelOptions? parallel = null)
    {
        var planes = scene.Planes(zMm, ssp);
        var fractions = Rasterizer.Rasterize(scene.Phantom, grid, zMm, planes, parallel: parallel);
        int groups = scene.Materials.Count;
        var groupFractions = new float[groups][];
        for (int r = 0; r < scene.Phantom.Regions.Count; r++)
        {
            var f = fractions.Fractions[r];
            if (f is null)
            {
                continue;
            }

            var target = groupFractions[scene.RegionGroup[r]] ??= new float[grid.PixelCount];
            for (int i = 0; i < f.Length; i++)
            {
                target[i] += f[i];
            }
        }

        string phantomId = scene.Phantom.Identity.Length > 0 ? scene.Phantom.Identity : RuntimeHelpers.GetHashCode(scene.Phantom).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string key = FormattableString.Invariant($"{phantomId}|{scene.Phantom.Name}|{string.Join(",", scene.GroupMaterials)}|{beam.Key}|{grid}|{zMm}|{ssp.NominalThicknessMm}|{boneCorrection}");
        var plan = Plans.GetOrAdd(key, () =>
        {
            var local = LocalResponse.Compute(scene, beam, grid, planes, PointsPerSide, NoiseSampleViews, parallel, materials: false);
            var centre = LocalResponse.Compute(scene, beam, grid, planes, 1, SampleViews, parallel, materials: true);
            var centreHu = Enumerable.Range(0, groups).Select(g => centre.Hu(g, grid.CenterXMm, grid.CenterYMm)).ToArray();
            float[]? firstPass = null;
            if (boneCorrection)
            {
                // The first-pass image the bone correction reads: the materials at their CT numbers,
                // sharp as physics mode's first pass is (the coarse field's image would blur thin bone).
                firstPass = new float[grid.PixelCount];
                for (int p = 0; p < firstPass.Length; p++)
                {
                    double value = 0;
                    for (int g = 0; g < groups; g++)
                    {
                        if (groupFractions[g] is { } f)
                        {
                            value += f[p] * (1000 + centreHu[g]);
                        }
                    }

                    firstPass[p] = (float)(value - 1000);
                }
            }

            var (field, materialHu) = BeamHardeningField(scene, beam, grid, zMm, ssp, centreHu, firstPass, parallel);
            return new SlicePlan(materialHu, field, local);
        });
        var materialHu = plan.MaterialHu;
        var hardening = plan.Hardening;
        var local = plan.Local;
        double scale = BeamModel.ExposureScale(mas, ssp.NominalThicknessMm);

        // Mean image: Σ_g f_g·HU_g with vacuum at −1000 HU, stored as HU + 1000 for the blur.
        var image = new double[grid.PixelCount];
        Parallel.For(0, grid.Rows, parallel ?? new ParallelOptions(), j =>
        {
            for (int i = 0; i < grid.Columns; i++)
            {
                int p = j * grid.Columns + i;
                double value = 0;
                for (int g = 0; g < groups; g++)
                {
                    var f = groupFractions[g];
                    if (f is not null && f[p] > 0)
                    {
                        value += f[p] * (1000 + materialHu[g]);
                    }
                }

                image[p] = value;
            }
        });

        var blurred = Blur(image, grid, kernel);
        var noise = ColouredNoise(grid, NoiseCalibration.For(beam.Profile.Geometry, kernel, grid), seed);
        double huPerMu = 1000 / beam.MuReferencePerCm;
        double gain = NoiseCalibration.For(beam.Profile.Geometry, kernel, grid).VarianceGain;
        var result = new float[grid.PixelCount];
        Parallel.For(0, grid.Rows, parallel ?? new ParallelOptions(), j =>
        {
            for (int i = 0; i < grid.Columns; i++)
            {
                int p = j * grid.Columns + i;
                double sd = huPerMu * Math.Sqrt(gain * local.ProjectionVariance(grid.X(i), grid.Y(j), scale));
                result[p] = (float)(blurred[p] - 1000 + hardening[p] + sd * noise[p]);
            }
        });
        return result;
    }

    /// <summary>
    /// The CT numbers the linearised model gives each material of the scene at the field's centre
    /// (used for the materials' nominal values and for the spectral calibration of dual energy).
    /// </summary>
    public static double[] CentreCtNumbers(ScanScene scene, BeamModel beam, RasterGrid grid, double zMm, SliceProfile ssp)
    {
        var centre = LocalResponse.Compute(scene, beam, grid, scene.Planes(zMm, ssp), 1, SampleViews, null, materials: true);
        return Enumerable.Range(0, scene.Materials.Count).Select(g => centre.Hu(g, grid.CenterXMm, grid.CenterYMm)).ToArray();
    }

    // The beam-hardening residual (HU) of physics mode's pipeline relative to the linear model, at coarse
    // sampling, and the materials' CT numbers the sharp image takes. With the bone correction each
    // material's change under it moves into its CT number (see MaterialShifted), so that the change
    // stays as sharp at the material's edges as physics mode's second pass makes it; the field keeps the rest.
    private static (float[] Field, double[] MaterialHu) BeamHardeningField(ScanScene scene, BeamModel beam, RasterGrid grid, double zMm, SliceProfile ssp,
        double[] centreHu, float[]? firstPass, ParallelOptions? parallel)
    {
        var g = beam.Profile.Geometry;
        var coarseGeometry = g with
        {
            ViewsPerRotation = g.ViewsPerRotation / 4 / 2 * 2,
            Channels = g.Channels / 2,
            ChannelPitchMm = g.ChannelPitchMm * 2,
            DetectorOffsetChannels = g.DetectorOffsetChannels / 2,
        };
        var coarseBeam = BeamModel.Get(beam.Profile with { Geometry = coarseGeometry }, beam.Kvp, beam.TinMm, beam.Layer);
        var lengths = PhysicsModeSimulator.PathLengths(scene, coarseGeometry, zMm, ssp, parallel);
        var polychromatic = PhysicsModeSimulator.NoiselessCorrectedSinogram(PhysicsModeSimulator.Moments(lengths, scene, coarseBeam, parallel), coarseBeam);
        int groups = scene.Materials.Count;
        float[] Linear(double[] hu)
        {
            var muLinear = hu.Select(h => coarseBeam.MuReferencePerCm * (1 + h / 1000)).ToArray();
            var linear = new float[polychromatic.Length];
            for (int ray = 0; ray < linear.Length; ray++)
            {
                double p = 0;
                for (int m = 0; m < groups; m++)
                {
                    p += muLinear[m] * lengths[ray * groups + m];
                }

                linear[ray] = (float)p;
            }

            return linear;
        }

        const int coarse = 256;
        var coarseGrid = new RasterGrid(coarse, coarse, grid.Columns * grid.PixelSpacingMm / coarse, grid.CenterXMm, grid.CenterYMm);
        double tau = coarseGeometry.SourceToIsocenterMm * coarseGeometry.ChannelAngleRad / 2;
        double cutoff = 0.5 / Math.Max(tau, coarseGrid.PixelSpacingMm);
        Func<double, double> hann = f => f >= cutoff ? 0 : 0.5 * (1 + Math.Cos(Math.PI * f / cutoff));
        double huPerMu = 1000 / coarseBeam.MuReferencePerCm;
        var a = PhysicsModeSimulator.Reconstruct(polychromatic, coarseGeometry, coarseGrid, hann, parallel);
        var materialHu = centreHu;
        var b = PhysicsModeSimulator.Reconstruct(Linear(materialHu), coarseGeometry, coarseGrid, hann, parallel);
        if (firstPass is not null)
        {
            var corrected = BoneBeamHardeningCorrection.For(coarseBeam).Apply(polychromatic, firstPass, grid, 2, parallel);
            a = PhysicsModeSimulator.Reconstruct(corrected, coarseGeometry, coarseGrid, hann, parallel);
            materialHu = MaterialShifted(lengths, groups, coarseGeometry, coarseGrid, hann, coarseBeam.MuReferencePerCm, centreHu, a, b, parallel);
            b = PhysicsModeSimulator.Reconstruct(Linear(materialHu), coarseGeometry, coarseGrid, hann, parallel);
        }

        var field = new float[grid.PixelCount];
        for (int j = 0; j < grid.Rows; j++)
        {
            double v = Math.Clamp(coarseGrid.Row(grid.Y(j)), 0, coarse - 1.000001);
            int j0 = (int)v;
            double tv = v - j0;
            for (int i = 0; i < grid.Columns; i++)
            {
                double u = Math.Clamp(coarseGrid.Column(grid.X(i)), 0, coarse - 1.000001);
                int i0 = (int)u;
                double tu = u - i0;
                double Diff(int jj, int ii) => a[jj * coarse + ii] - b[jj * coarse + ii];
                double d = (1 - tv) * ((1 - tu) * Diff(j0, i0) + tu * Diff(j0, i0 + 1)) + tv * ((1 - tu) * Diff(j0 + 1, i0) + tu * Diff(j0 + 1, i0 + 1));
                field[j * grid.Columns + i] = (float)(d * huPerMu);
            }
        }

        return (field, materialHu);
    }

    // Each material's CT number plus its change under the bone correction: the shifts s_g that best
    // explain the difference d = a − b of the two coarse reconstructions as Σ s_g·B_g, B_g being the
    // coarse reconstruction of material g's own projections (its indicator, blurred as a and b are),
    // by least squares over the field. Thin materials (cortical shells, ribs) get their own shift,
    // not their neighbours' blurred into them.
    private static double[] MaterialShifted(float[] lengths, int groups, FanBeamGeometry geometry, RasterGrid coarseGrid, Func<double, double> window,
        double muReference, double[] materialHu, float[] a, float[] b, ParallelOptions? parallel)
    {
        int n = coarseGrid.PixelCount, rays = lengths.Length / groups;
        var indicators = new float[groups][];
        for (int g = 0; g < groups; g++)
        {
            var projection = new float[rays];
            for (int ray = 0; ray < rays; ray++)
            {
                projection[ray] = lengths[ray * groups + g];
            }

            indicators[g] = PhysicsModeSimulator.Reconstruct(projection, geometry, coarseGrid, window, parallel);
        }

        double huPerMu = 1000 / muReference;
        var normal = new double[groups, groups];
        var rhs = new double[groups];
        for (int p = 0; p < n; p++)
        {
            double d = (a[p] - b[p]) * huPerMu;
            for (int g = 0; g < groups; g++)
            {
                double bg = indicators[g][p];
                if (bg == 0)
                {
                    continue;
                }

                rhs[g] += bg * d;
                for (int h = 0; h < groups; h++)
                {
                    normal[g, h] += bg * indicators[h][p];
                }
            }
        }

        // A material's indicator is ~1 over its area: a tiny ridge keeps absent materials at zero shift.
        for (int g = 0; g < groups; g++)
        {
            normal[g, g] += 1e-3;
        }

        var shifts = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(normal)
            .Solve(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(rhs));
        var shifted = (double[])materialHu.Clone();
        for (int g = 0; g < groups; g++)
        {
            shifted[g] += shifts[g];
        }

        return shifted;
    }

    // Applies the kernel's MTF (the system MTF) in 2D; the image is zero (vacuum) at its border.
    private static double[] Blur(double[] image, RasterGrid grid, ReconstructionKernel kernel)
    {
        int n = grid.Columns, m = grid.Rows;
        var data = new Complex[n * m];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = image[i];
        }

        Fft2D.Forward(data, m, n);
        for (int j = 0; j < m; j++)
        {
            double fy = (j <= m / 2 ? j : j - m) / (m * grid.PixelSpacingMm);
            for (int i = 0; i < n; i++)
            {
                double fx = (i <= n / 2 ? i : i - n) / (n * grid.PixelSpacingMm);
                data[j * n + i] *= kernel.TargetMtf(Math.Sqrt(fx * fx + fy * fy));
            }
        }

        Fft2D.Inverse(data, m, n);
        var result = new double[image.Length];
        double norm = 1.0 / (n * m);
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = data[i].Real * norm;
        }

        return result;
    }

    // Unit-variance Gaussian noise with the reconstruction's NPS shape.
    private static double[] ColouredNoise(RasterGrid grid, NoiseCalibration calibration, ulong seed)
    {
        int n = grid.Columns, m = grid.Rows;
        var random = new RandomStream(seed);
        var data = new Complex[n * m];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = random.NextNormal();
        }

        Fft2D.Forward(data, m, n);
        double power = 0;
        for (int j = 0; j < m; j++)
        {
            double fy = (j <= m / 2 ? j : j - m) / (m * grid.PixelSpacingMm);
            for (int i = 0; i < n; i++)
            {
                double fx = (i <= n / 2 ? i : i - n) / (n * grid.PixelSpacingMm);
                double nps = calibration.Nps(Math.Sqrt(fx * fx + fy * fy));
                power += nps;
                data[j * n + i] *= Math.Sqrt(nps);
            }
        }

        Fft2D.Inverse(data, m, n);
        // White noise of unit variance has |DFT|² = N per bin on average; the filtered field's variance
        // is the mean of the filter's power over bins, so normalise by it.
        double norm = 1.0 / (n * m) / Math.Sqrt(power / (n * m));
        var result = new double[data.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = data[i].Real * norm;
        }

        return result;
    }

    /// <summary>
    /// Per-material CT numbers and the corrected projection variance on a coarse grid of points,
    /// averaged over views of the rays through each point.
    /// </summary>
    private sealed class LocalResponse
    {
        private readonly double[][] _hu;        // [group][point]
        private readonly double[] _quantum;     // [point] corrected-projection variance at unit exposure, quantum part (∝ 1/exposure)
        private readonly double[] _electronic;  // [point] electronic part (∝ 1/exposure²)
        private readonly int _side;
        private readonly double _x0, _y0, _step;

        private LocalResponse(double[][] hu, double[] quantum, double[] electronic, int side, double x0, double y0, double step)
        {
            (_hu, _quantum, _electronic, _side, _x0, _y0, _step) = (hu, quantum, electronic, side, x0, y0, step);
        }

        // With materials: false only the variance is computed (what the noise map needs).
        public static LocalResponse Compute(ScanScene scene, BeamModel beam, RasterGrid grid, IReadOnlyList<(double ZMm, double Weight)> planes,
            int side, int views, ParallelOptions? parallel, bool materials)
        {
            var g = beam.Profile.Geometry;
            int groups = scene.Materials.Count;
            var mu = scene.Materials.Select(m => m.LinearAttenuationPerCm(beam.EnergiesKev)).ToArray();
            var sections = planes.Select(p => (scene.Phantom.SectionAt(p.ZMm), p.Weight)).Where(s => s.Item1.ShapeCount > 0).ToArray();
            int maxSpans = sections.Length == 0 ? 4 : sections.Max(s => s.Item1.MaxSpans);
            // side × side points spanning the field; a single point is the field's centre.
            double half = grid.Columns * grid.PixelSpacingMm / 2;
            double step = side > 1 ? 2 * half / (side - 1) : 1;
            double x0 = side > 1 ? grid.CenterXMm - half : grid.CenterXMm, y0 = side > 1 ? grid.CenterYMm - half : grid.CenterYMm;
            var hu = Enumerable.Range(0, groups).Select(_ => new double[side * side]).ToArray();
            var quantum = new double[side * side];
            var electronicVariance = new double[side * side];
            int bins = beam.EnergiesKev.Length;
            Parallel.For(0, side * side, parallel ?? new ParallelOptions(), () => (Spans: new RegionSpan[maxSpans], Regions: new double[scene.Phantom.Regions.Count], Lengths: new float[groups], Acc: new double[groups]),
                (point, _, buf) =>
                {
                    double px = x0 + (point % side) * step, py = y0 + (point / side) * step;
                    var sumRatio = new double[groups];
                    double sumQuantum = 0, sumElectronic = 0;
                    for (int v = 0; v < views; v++)
                    {
                        double beta = 2 * Math.PI * (v + 0.5) / views;
                        double sx = g.SourceToIsocenterMm * Math.Cos(beta), sy = g.SourceToIsocenterMm * Math.Sin(beta);
                        double dx = px - sx, dy = py - sy;
                        double gamma = Math.Atan2(dy, dx) - Math.Atan2(-sy, -sx);
                        gamma = Math.IEEERemainder(gamma, 2 * Math.PI);
                        int c = (int)Math.Round(gamma / g.ChannelAngleRad + (g.Channels - 1) / 2.0 - g.DetectorOffsetChannels);
                        c = Math.Clamp(c, 0, g.Channels - 1);
                        var ray = Line2D.Through(sx, sy, dx, dy);
                        AnalyticProjector.PathLengths(sections, scene.RegionGroup, ray, g.SourceToDetectorMm, buf.Spans, buf.Regions, buf.Lengths);
                        var (w1, w2) = beam.ChannelWeights(c);
                        double s1 = 0, s2 = 0;
                        Array.Clear(buf.Acc);
                        for (int k = 0; k < bins; k++)
                        {
                            double att = 0;
                            for (int m = 0; m < groups; m++)
                            {
                                att += mu[m][k] * buf.Lengths[m];
                            }

                            double t = Math.Exp(-att);
                            double w = w1[k] * t;
                            s1 += w;
                            s2 += w2[k] * t;
                            if (materials)
                            {
                                for (int m = 0; m < groups; m++)
                                {
                                    buf.Acc[m] += w * mu[m][k];
                                }
                            }
                        }

                        double open = beam.OpenMoment1[c];
                        double projection = -Math.Log(s1 / open);
                        double waterLength = beam.WaterLengthCm(c, projection);
                        double hardenedWater = beam.HardenedWaterMuPerCm(c, waterLength);
                        for (int m = 0; m < groups; m++)
                        {
                            sumRatio[m] += buf.Acc[m] / s1 / hardenedWater;
                        }

                        // Variance of the log reading at unit exposure — quantum m₂/m₁² and electronic σₑ²/m₁² —
                        // then of the corrected projection (slope of the water correction).
                        double electronic = beam.Profile.ElectronicNoiseQuanta * beam.MeanEnergyKev[c];
                        double slope = beam.MuReferencePerCm / hardenedWater;
                        sumQuantum += s2 / (s1 * s1) * slope * slope;
                        sumElectronic += electronic * electronic / (s1 * s1) * slope * slope;
                    }

                    for (int m = 0; m < groups; m++)
                    {
                        hu[m][point] = 1000 * (sumRatio[m] / views - 1);
                    }

                    quantum[point] = sumQuantum / views;
                    electronicVariance[point] = sumElectronic / views;
                    return buf;
                }, _ => { });
            return new LocalResponse(hu, quantum, electronicVariance, side, x0, y0, step);
        }

        public double Hu(int group, double x, double y) => Interpolate(_hu[group], x, y);

        // A reading at exposure scale k has k times the signal: quantum variance of the log falls as 1/k, electronic as 1/k².
        public double ProjectionVariance(double x, double y, double exposureScale) =>
            Interpolate(_quantum, x, y) / exposureScale + Interpolate(_electronic, x, y) / (exposureScale * exposureScale);

        private double Interpolate(double[] values, double x, double y)
        {
            if (_side == 1)
            {
                return values[0];
            }

            double u = Math.Clamp((x - _x0) / _step, 0, _side - 1 - 1e-9), v = Math.Clamp((y - _y0) / _step, 0, _side - 1 - 1e-9);
            int i = (int)u, j = (int)v;
            double tu = u - i, tv = v - j;
            double a = values[j * _side + i], b = values[j * _side + i + 1];
            double c = values[(j + 1) * _side + i], d = values[(j + 1) * _side + i + 1];
            return (1 - tv) * ((1 - tu) * a + tu * b) + tv * ((1 - tu) * c + tu * d);
        }
    }
}
