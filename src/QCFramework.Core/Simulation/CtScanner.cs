using QCFramework.Imaging;
using QCFramework.Numerics;
using QCFramework.Phantoms;
using QCFramework.Simulation.DualEnergy;
using QCFramework.Simulation.Projection;
using QCFramework.Simulation.Reconstruction;

namespace QCFramework.Simulation;

/// <summary>What one simulated scan produced.</summary>
/// <param name="Scanner">The scanner.</param>
/// <param name="Protocol">The protocol.</param>
/// <param name="Seed">The scan's seed.</param>
/// <param name="FieldOfViewMm">Display field of view, mm.</param>
/// <param name="Slices">Level label and z of each slice.</param>
/// <param name="Series">The image series: one single-energy series, or low, high and VMIs.</param>
/// <param name="Truth">The phantom's ground truth.</param>
public sealed record ScanResult(ScannerProfile Scanner, ScanProtocol Protocol, ulong Seed, double FieldOfViewMm,
    IReadOnlyList<(string Level, double ZMm)> Slices, IReadOnlyList<CtVolume> Series, PhantomTruth Truth);

/// <summary>
/// The CT scanner simulator: a phantom, a scanner profile and a protocol in, calibrated CT images
/// out. Every slice and series draws from its own stream derived from the scan's seed, so a scan
/// is the same on any number of threads.
/// </summary>
public static class CtScanner
{
    /// <summary>Default energies of the virtual monoenergetic images, keV.</summary>
    public static readonly IReadOnlyList<double> DefaultMonoenergeticKev = [40, 50, 60, 70, 74, 80, 100, 120, 140];

    /// <summary>Scans <paramref name="phantom"/>.</summary>
    public static ScanResult Scan(Phantom phantom, ScannerProfile scanner, ScanProtocol protocol, ulong seed, ParallelOptions? parallel = null)
    {
        var ssp = new SliceProfile(protocol.SliceThicknessMm).Validated();
        if (!(protocol.Mas > 0))
        {
            throw new InputException($"--mas must be positive (got {protocol.Mas})");
        }

        var kernel = scanner.Kernel(protocol.KernelName);
        var slices = ScanPlanner.Slices(phantom, protocol.SliceThicknessMm, protocol.ZRangeMm);
        double fov = ScanPlanner.FieldOfViewMm(phantom, scanner.Geometry);
        var grid = ScanPlanner.Grid(fov);
        var scene = new ScanScene(phantom, protocol.Contrast);
        double drift = scanner.Drift.OffsetHu(protocol.DayOfOperation);
        var beams = Beams(scanner, protocol);
        // The bone correction belongs to single-energy body reconstructions; dual-energy decomposition handles hardening itself.
        bool boneCorrection = scanner.BoneCorrection && beams.Count == 1;

        // One image stack per beam; path lengths are shared by the beams of a slice.
        var images = beams.Select(_ => new float[slices.Count][]).ToArray();
        for (int s = 0; s < slices.Count; s++)
        {
            double sliceZ = slices[s].ZMm;
            float[]? lengths = protocol.Mode == SimulationMode.Physics ? PhysicsModeSimulator.PathLengths(scene, scanner.Geometry, sliceZ, ssp, parallel) : null;
            for (int b = 0; b < beams.Count; b++)
            {
                var (kind, beam, mas) = beams[b];
                ulong sliceSeed = Seeds.Derive(seed, $"{kind}/slice/{s}");
                float[] hu;
                if (lengths is not null)
                {
                    var moments = PhysicsModeSimulator.Moments(lengths, scene, beam, parallel);
                    var sinogram = PhysicsModeSimulator.CorrectedSinogram(moments, beam, mas, protocol.SliceThicknessMm, sliceSeed, parallel);
                    hu = PhysicsModeSimulator.ToHounsfield(PhysicsModeSimulator.Reconstruct(sinogram, scanner.Geometry, grid, kernel, parallel), beam.MuReferencePerCm);
                    if (boneCorrection)
                    {
                        sinogram = BoneBeamHardeningCorrection.For(beam).Apply(sinogram, hu, grid, 2, parallel);
                        hu = PhysicsModeSimulator.ToHounsfield(PhysicsModeSimulator.Reconstruct(sinogram, scanner.Geometry, grid, kernel, parallel), beam.MuReferencePerCm);
                    }
                }
                else
                {
                    hu = FastModeSimulator.Simulate(scene, beam, kernel, grid, sliceZ, ssp, mas, sliceSeed, boneCorrection, parallel);
                }

                // The scanner's own CT-number calibration residual and its drift.
                for (int i = 0; i < hu.Length; i++)
                {
                    hu[i] = (float)(scanner.CtNumberGain * hu[i] + scanner.CtNumberOffsetHu + drift);
                }

                images[b][s] = hu;
            }
        }

        var z = slices.Select(s => s.ZMm).ToArray();
        string contrast = protocol.Contrast.IsNone ? "none" : protocol.Contrast.Name;
        var series = new List<CtVolume>();
        for (int b = 0; b < beams.Count; b++)
        {
            var (kind, beam, mas) = beams[b];
            series.Add(new CtVolume(grid, z, protocol.SliceThicknessMm, images[b],
                new AcquisitionInfo(beam.Kvp, protocol.Mas, kernel.DicomName, contrast, scanner.Manufacturer, scanner.Model,
                    $"SYNTHETIC {phantom.Name} {kind}", kind)));
        }

        if (beams.Count == 2)
        {
            // Projection-domain techniques follow the body size (see SpectralDecomposition); the middle
            // slice of the high image gives the section's water-equivalent diameter.
            double diameter = protocol.DualEnergy!.Technique == "dual-source"
                ? SpectralDecomposition.FixedCalibrationDiameterMm
                : Math.Clamp(WaterEquivalentDiameter.Of(images[1][slices.Count / 2], grid), 50, 600);
            var decomposition = SpectralDecomposition.Calibrate(beams[0].Beam, beams[1].Beam, diameter);
            foreach (double kev in protocol.MonoenergeticKev ?? DefaultMonoenergeticKev)
            {
                if (kev is < 40 or > 140)
                {
                    throw new InputException($"virtual monoenergetic images are made at 40–140 keV (asked for {kev} keV)");
                }

                var vmi = Enumerable.Range(0, slices.Count).Select(s => decomposition.Monoenergetic(images[0][s], images[1][s], kev)).ToArray();
                series.Add(new CtVolume(grid, z, protocol.SliceThicknessMm, vmi,
                    new AcquisitionInfo(protocol.Kvp, protocol.Mas, kernel.DicomName, contrast, scanner.Manufacturer, scanner.Model,
                        $"SYNTHETIC {phantom.Name} VMI {kev:0} keV", "VMI", kev)));
            }
        }

        return new ScanResult(scanner, protocol, seed, fov, slices, series, PhantomTruth.Of(phantom));
    }

    // The acquisitions of a protocol: one single-energy beam, or the low and high beams of dual energy.
    private static IReadOnlyList<(string Kind, BeamModel Beam, double Mas)> Beams(ScannerProfile scanner, ScanProtocol protocol)
    {
        if (protocol.DualEnergy is not { } de)
        {
            return [("SINGLE", BeamModel.Get(scanner, protocol.Kvp), protocol.Mas)];
        }

        if (scanner.DualEnergy is not { } capability)
        {
            throw new InputException($"scanner '{scanner.Name}' has no dual-energy technique");
        }

        if (capability.Technique != de.Technique)
        {
            throw new InputException($"scanner '{scanner.Name}' does {capability.Technique}, not {de.Technique}");
        }

        return de.Technique switch
        {
            // Dual layer: one exposure, the two layers' signals (the photons are shared, not split).
            "dual-layer" => [("LOW", BeamModel.Get(scanner, de.LowKvp, 0, DetectorLayer.Top), protocol.Mas),
                ("HIGH", BeamModel.Get(scanner, de.HighKvp, 0, DetectorLayer.Bottom), protocol.Mas)],
            // Two tubes, or one tube switching kVp between views: the exposure is split between the energies.
            _ => [("LOW", BeamModel.Get(scanner, de.LowKvp), protocol.Mas / 2),
                ("HIGH", BeamModel.Get(scanner, de.HighKvp, de.Technique == "dual-source" ? de.HighTinFilterMm : 0), protocol.Mas / 2)],
        };
    }
}
