using System.Collections.Concurrent;
using QCFramework.Calibration;
using QCFramework.Campaigns.Definition;
using QCFramework.Campaigns.Scanning;
using QCFramework.Dicom.Ct;
using QCFramework.IO.Phantoms;
using QCFramework.Measurement;
using QCFramework.Numerics;

namespace QCFramework.Campaigns.Running;

/// <summary>
/// The stored calibrations of asynchronous QCT in a campaign: for each center and protocol, the
/// calibration phantom alone (phantoms/calibration-only.yaml) is scanned on the scanner's
/// calibration day (day 0) and its fit stored, as `qcf calibrate` does; scans on later days apply
/// it and check the scanner's constancy (drift since day 0).
/// </summary>
public sealed class AsynchronousCalibrations(Campaign campaign)
{
    private readonly ConcurrentDictionary<string, Lazy<StoredCalibration?>> _stored = new();

    /// <summary>The stored calibration for a simulated scan's center and protocol (null for real scans).</summary>
    public StoredCalibration? For(ScanSpec spec)
    {
        if (spec.Protocol is not { } p || spec.Center.Scanner is not { } scanner)
        {
            return null;
        }

        // The calibration belongs to a protocol, not to what is scanned or to a contrast phase.
        var protocol = p with { Contrast = Simulation.ContrastPhase.None, DayOfOperation = 0 };
        string key = ScanPlan.Id(spec.Center.Name, "calibration", protocol, 1);
        return _stored.GetOrAdd(key, k => new Lazy<StoredCalibration?>(() => Create(k, scanner, protocol))).Value;
    }

    private StoredCalibration? Create(string key, Simulation.ScannerProfile scanner, Simulation.ScanProtocol protocol)
    {
        string file = PhantomCatalog.Resolve("calibration-only.yaml");
        string folder = Path.Combine(Path.GetTempPath(), "qcf-async-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(campaign.File + key)))[..16]);
        try
        {
            var request = new ScanRequest([new PlacedPhantom(file, [0.0, 0, 0])], scanner, protocol, Seeds.Derive(campaign.MasterSeed, key), 1,
                $"{campaign.Name}/calibration", campaign.AcquisitionTime, "calibration");
            var outcome = ScanRunner.Run(request, folder, new ParallelOptions { MaxDegreeOfParallelism = 1 });
            var certificate = outcome.Manifest.CalibrationCertificate;
            if (certificate is null)
            {
                return null;
            }

            var volumes = outcome.Manifest.Series.Select(s => DicomVolumes.FromDicom(new CtSeriesCodec().Read(Path.Combine(folder, s.Folder)), s.Folder)).ToArray();
            var measurement = SeriesMeasurer.Measure(volumes, new MeasurementOptions(ExpectedRodCount: certificate.Rods.Count));
            return StoredCalibration.Create(measurement, certificate);
        }
        catch (InputException)
        {
            return null;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
