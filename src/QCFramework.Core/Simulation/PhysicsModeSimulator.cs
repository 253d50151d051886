using QCFramework.Numerics;
using QCFramework.Phantoms;
using QCFramework.Physics;
using QCFramework.Simulation.Projection;
using QCFramework.Simulation.Reconstruction;

namespace QCFramework.Simulation;

/// <summary>
/// Physics mode: polychromatic fan-beam projections of the exact phantom, quantum and electronic
/// noise, log, the scanner's water beam-hardening correction, fan-to-parallel rebinning and FBP with
/// the kernel. Returns μ images (1/cm) that the scanner turns into HU against its μref.
/// </summary>
public static class PhysicsModeSimulator
{
    /// <summary>Fan-beam path lengths of a slice, per basis group (cm): views × channels × groups.</summary>
    public static float[] PathLengths(ScanScene scene, FanBeamGeometry geometry, double zMm, SliceProfile ssp, ParallelOptions? parallel = null) =>
        AnalyticProjector.Project(scene.Phantom, scene.RegionGroup, scene.Materials.Count, geometry, scene.Planes(zMm, ssp), parallel);

    /// <summary>
    /// Noiseless unit-exposure moments of every ray (views × channels) for a beam: what the detector
    /// layer reads per mAs and mm of slice, first and second moment.
    /// </summary>
    public static (float[] Moment1, float[] Moment2) Moments(float[] lengths, ScanScene scene, BeamModel beam, ParallelOptions? parallel = null)
    {
        var g = beam.Profile.Geometry;
        int views = g.ViewsPerRotation, channels = g.Channels, groups = scene.Materials.Count;
        var kernel = beam.KernelFor(scene.Materials);
        var weights = Enumerable.Range(0, channels).Select(c =>
        {
            var (w1, w2) = beam.ChannelWeights(c);
            return kernel.CreateWeights(w1, w2);
        }).ToArray();
        var m1 = new float[views * channels];
        var m2 = new float[views * channels];
        Parallel.For(0, views, parallel ?? new ParallelOptions(), v =>
        {
            for (int c = 0; c < channels; c++)
            {
                int ray = v * channels + c;
                var (a, b) = kernel.Evaluate(lengths.AsSpan(ray * groups, groups), weights[c]);
                m1[ray] = (float)a;
                m2[ray] = (float)b;
            }
        });
        return (m1, m2);
    }

    /// <summary>
    /// The corrected fan sinogram of one acquisition: noisy readings at the exposure
    /// (<paramref name="mas"/> per rotation, slice <paramref name="sliceMm"/>), log against the air
    /// reading, water beam-hardening correction. Each view draws from its own stream (seed, view),
    /// so the result is the same on any number of threads.
    /// </summary>
    public static float[] CorrectedSinogram((float[] Moment1, float[] Moment2) moments, BeamModel beam, double mas, double sliceMm, ulong seed, ParallelOptions? parallel = null)
    {
        var g = beam.Profile.Geometry;
        int views = g.ViewsPerRotation, channels = g.Channels;
        double scale = BeamModel.ExposureScale(mas, sliceMm);
        var open = beam.OpenMoment1.Select(o => o * scale).ToArray();
        var sinogram = new float[views * channels];
        Parallel.For(0, views, parallel ?? new ParallelOptions(), v =>
        {
            var random = new RandomStream(Seeds.Derive(seed, $"view/{v}"));
            for (int c = 0; c < channels; c++)
            {
                int ray = v * channels + c;
                double energy = beam.MeanEnergyKev[c];
                double reading = ProjectionNoise.Reading(moments.Moment1[ray] * scale, moments.Moment2[ray] * scale,
                    beam.Profile.ElectronicNoiseQuanta * energy, energy, random);
                double projection = -Math.Log(reading / open[c]);
                sinogram[ray] = (float)beam.CorrectedProjection(c, projection);
            }
        });
        return sinogram;
    }

    /// <summary>The water-corrected fan sinogram of the noiseless readings (the expected projections).</summary>
    public static float[] NoiselessCorrectedSinogram((float[] Moment1, float[] Moment2) moments, BeamModel beam, ParallelOptions? parallel = null)
    {
        var g = beam.Profile.Geometry;
        int views = g.ViewsPerRotation, channels = g.Channels;
        var sinogram = new float[views * channels];
        Parallel.For(0, views, parallel ?? new ParallelOptions(), v =>
        {
            for (int c = 0; c < channels; c++)
            {
                int ray = v * channels + c;
                sinogram[ray] = (float)beam.CorrectedProjection(c, -Math.Log(moments.Moment1[ray] / beam.OpenMoment1[c]));
            }
        });
        return sinogram;
    }

    /// <summary>Reconstructs a corrected fan sinogram to μ (1/cm) on <paramref name="grid"/> with the kernel.</summary>
    public static float[] Reconstruct(float[] sinogram, FanBeamGeometry geometry, RasterGrid grid, ReconstructionKernel kernel, ParallelOptions? parallel = null)
    {
        var parallelSinogram = FanToParallelRebinner.Rebin(sinogram, geometry, parallel);
        double tau = parallelSinogram.SampleSpacingMm;
        return FilteredBackProjection.Reconstruct(parallelSinogram, grid, f => kernel.Window(f, tau), parallel);
    }

    /// <summary>Reconstructs a corrected fan sinogram with an explicit window W(f) (f in lp/mm).</summary>
    public static float[] Reconstruct(float[] sinogram, FanBeamGeometry geometry, RasterGrid grid, Func<double, double> window, ParallelOptions? parallel = null) =>
        FilteredBackProjection.Reconstruct(FanToParallelRebinner.Rebin(sinogram, geometry, parallel), grid, window, parallel);

    /// <summary>CT numbers from μ (1/cm) against the beam's μref: HU = 1000·(μ/μref − 1).</summary>
    public static float[] ToHounsfield(float[] mu, double muReferencePerCm)
    {
        var hu = new float[mu.Length];
        for (int i = 0; i < mu.Length; i++)
        {
            hu[i] = (float)(1000.0 * (mu[i] / muReferencePerCm - 1.0));
        }

        return hu;
    }
}
