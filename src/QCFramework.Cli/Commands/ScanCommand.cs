using System.CommandLine;
using System.Globalization;
using QCFramework.Campaigns.Scanning;
using QCFramework.Cli.Hosting;
using QCFramework.Cli.Output;
using QCFramework.IO.Phantoms;
using QCFramework.IO.Protocols;
using QCFramework.Simulation;

namespace QCFramework.Cli.Commands;

/// <summary><c>qcf scan</c>: simulate a CT scan of phantoms and write DICOM, truth.json and scan.json.</summary>
public sealed class ScanCommand : ICommandFactory
{
    /// <summary>One region in <c>--summary-json</c> (docs/CONTRACTS.md).</summary>
    public sealed record SummaryRegion(string Name, string Material, double TruthDensityMgPerCm3, double MeanHu, double SdHu, int Voxels);

    /// <summary>The <c>--summary-json</c> output.</summary>
    public sealed record Summary(IReadOnlyList<SummaryRegion> Regions);

    /// <inheritdoc />
    public Command Create(CliContext context)
    {
        var phantoms = new Option<string[]>("--phantom") { Description = "Phantom file or name; repeat to place several objects in one scan (later ones take precedence).", Required = true, AllowMultipleArgumentsPerToken = false };
        var scanner = new Option<string>("--scanner") { Description = "Scanner profile (protocols/scanners.yaml).", DefaultValueFactory = _ => "vendor-a" };
        var scanners = new Option<string?>("--scanners") { Description = "Scanner profiles file (default: protocols/scanners.yaml)." };
        var kvp = new Option<double>("--kvp") { Description = "Tube potential, kVp (70–140).", Required = true };
        var mas = new Option<double>("--mas") { Description = "Exposure per rotation, mAs.", Required = true };
        var kernel = new Option<string>("--kernel") { Description = "Reconstruction kernel: soft, standard, sharp or bone.", Required = true };
        kernel.AcceptOnlyFromAmong("soft", "standard", "sharp", "bone");
        var slice = new Option<double>("--slice-mm") { Description = "Slice thickness, mm (0.625–5).", DefaultValueFactory = _ => 3.0 };
        var contrast = new Option<string>("--contrast") { Description = "Contrast phase: none, arterial, portal (protocols/contrast-phases.yaml).", DefaultValueFactory = _ => "none" };
        var dual = new Option<string?>("--dual-energy") { Description = "LOW/HIGH kVp, e.g. 80/140, 80/Sn140 (dual source) or 120/120 (dual layer); the scanner's technique is used." };
        var vmi = new Option<string?>("--vmi-kev") { Description = "Energies of the virtual monoenergetic images, keV (default 40,50,60,70,74,80,100,120,140)." };
        var mode = new Option<string>("--mode") { Description = "physics (projection domain) or fast (image domain).", DefaultValueFactory = _ => "physics" };
        mode.AcceptOnlyFromAmong("physics", "fast");
        var repeat = new Option<int>("--repeat") { Description = "Repeat acquisitions (independent noise).", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "Seed; the same seed gives byte-identical output.", DefaultValueFactory = _ => 1UL };
        var zRange = new Option<string?>("--z-range-mm") { Description = "Scan a contiguous z range A:B (mm) instead of the measurement levels." };
        var day = new Option<double>("--day") { Description = "Day of the scanner's operation (CT-number drift).", DefaultValueFactory = _ => 0 };
        var threads = new Option<int?>("--threads") { Description = "Threads (default: all cores). Output does not depend on it." };
        var output = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var summary = new Option<bool>("--summary-json") { Description = "Print mean and SD of CT numbers in each truth region (eroded by 2 mm)." };
        var command = new Command("scan", "Simulate a CT scan: DICOM series, truth.json and scan.json.")
        {
            phantoms, scanner, scanners, kvp, mas, kernel, slice, contrast, dual, vmi, mode, repeat, seed, zRange, day, threads, output, summary,
        };
        command.SetAction(parse =>
        {
            var profile = ScannerFile.Get(parse.GetValue(scanners) ?? ScannerFile.DefaultPath, parse.GetValue(scanner)!);
            var phase = ContrastFile.Get(ContrastFile.DefaultPath, parse.GetValue(contrast)!);
            var protocol = new ScanProtocol(parse.GetValue(kvp), parse.GetValue(mas), parse.GetValue(kernel)!, parse.GetValue(slice), phase,
                ParseDualEnergy(parse.GetValue(dual), profile), parse.GetValue(mode) == "fast" ? SimulationMode.Fast : SimulationMode.Physics,
                ParseRange(parse.GetValue(zRange)), parse.GetValue(day), ParseList(parse.GetValue(vmi), "--vmi-kev"));
            var files = parse.GetValue(phantoms)!.Select(PhantomCatalog.Resolve).Select(f => new QCFramework.Campaigns.Definition.PlacedPhantom(f, [0.0, 0, 0])).ToArray();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parse.GetValue(threads) is { } t && t > 0 ? t : -1 };
            ulong s = parse.GetValue(seed);
            string outDir = parse.GetValue(output)!;
            var request = new ScanRequest(files, profile, protocol, s, parse.GetValue(repeat), $"qcf-scan/{s}",
                new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(protocol.DayOfOperation), profile.Name);
            var outcome = ScanRunner.Run(request, outDir, parallel);
            if (parse.GetValue(summary))
            {
                var regions = TruthRegionStatistics.Summarise(outcome.Scene, outcome.Repeats[0].Series[0])
                    .Select(r => new SummaryRegion(r.Name, r.Material, r.TruthDensityMgPerCm3, r.MeanHu, r.SdHu, r.Voxels)).ToArray();
                Json.Write(context.Output, new Summary(regions));
            }
            else
            {
                context.Output.WriteLine($"wrote {outcome.Manifest.Series.Count} series of {outcome.Manifest.Slices.Count} slices, truth.json and scan.json to {outDir}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static DualEnergySetting? ParseDualEnergy(string? text, ScannerProfile profile)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split('/');
        bool tin = parts.Length == 2 && parts[1].StartsWith("Sn", StringComparison.OrdinalIgnoreCase);
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(tin ? parts[1][2..] : parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high))
        {
            throw new InputException($"--dual-energy: '{text}' is not LOW/HIGH kVp (e.g. 80/140, 100/Sn140, 120/120)");
        }

        var capability = profile.DualEnergy ?? throw new InputException($"--dual-energy: scanner '{profile.Name}' has no dual-energy technique");
        if (capability.Technique == "dual-layer" && low != high)
        {
            throw new InputException($"--dual-energy: scanner '{profile.Name}' is dual-layer: one kVp for both images (e.g. {high}/{high})");
        }

        if (capability.Technique != "dual-layer" && !(high > low))
        {
            throw new InputException($"--dual-energy: the high kVp must exceed the low kVp (got {text})");
        }

        return new DualEnergySetting(low, high, capability.Technique, capability.Technique == "dual-source" ? capability.TinFilterMm : 0);
    }

    private static (double, double)? ParseRange(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(':');
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b))
        {
            throw new InputException($"--z-range-mm: '{text}' is not A:B in mm (e.g. -20:20)");
        }

        return (a, b);
    }

    private static IReadOnlyList<double>? ParseList(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Split(',').Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v
            : throw new InputException($"{option}: '{t}' is not a number")).ToArray();
    }
}
