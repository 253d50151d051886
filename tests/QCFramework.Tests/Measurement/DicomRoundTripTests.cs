using NUnit.Framework;
using QCFramework.Campaigns.Definition;
using QCFramework.Campaigns.Scanning;
using QCFramework.Dicom.Ct;
using QCFramework.Measurement;
using QCFramework.Tests.Calibration;
using QCFramework.Tests.Simulation;

namespace QCFramework.Tests.Measurement;

public class DicomRoundTripTests
{
    [Test]
    public void The_ESP_read_back_from_its_DICOM_files_measures_as_it_does_in_memory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "qcf-measure-dicom-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var request = new ScanRequest([new PlacedPhantom(RepoPaths.Of("phantoms", "esp-on-calibration.yaml"), [0.0, 0, 0])], SimulationFixture.Scanner(),
                SimulatedScans.Protocol(), 41, 1, "measure-round-trip", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "test");
            var outcome = ScanRunner.Run(request, dir);
            var options = new MeasurementOptions(LevelLabels: ["L1", "L2", "L3"], ExpectedRodCount: 5);
            var memory = SeriesMeasurer.Measure(outcome.Repeats[0].Series, options);
            var files = SeriesMeasurer.Measure(DicomVolumes.FromDicom(new CtSeriesCodec().Read(dir), dir), options);

            // DICOM stores whole HU (round half to even): a voxel moves by at most 0.5 HU, a mean over
            // hundreds of voxels by a few hundredths; the regions found must be the same.
            Assert.That(files.Vertebrae.Select(v => v.Label), Is.EqualTo(memory.Vertebrae.Select(v => v.Label)));
            for (int i = 0; i < memory.Vertebrae.Count; i++)
            {
                var (a, b) = (memory.Vertebrae[i], files.Vertebrae[i]);
                Assert.That(b.SliceZMm, Is.EqualTo(a.SliceZMm), a.Label);
                Assert.That(b.Hu.Primary.Voxels, Is.EqualTo(a.Hu.Primary.Voxels).Within(a.Hu.Primary.Voxels / 100), $"{a.Label}: ROI size");
                Assert.That(b.Roi.CenterXMm, Is.EqualTo(a.Roi.CenterXMm).Within(0.1), a.Label);
                Assert.That(b.Roi.CenterYMm, Is.EqualTo(a.Roi.CenterYMm).Within(0.1), a.Label);
                Assert.That(b.MeanHu, Is.EqualTo(a.MeanHu).Within(0.1), a.Label);
            }

            Assert.That(files.Rods.Select(r => r.MeanHu), Is.EqualTo(memory.Rods.Select(r => r.MeanHu)).Within(0.1));
            Assert.That(files.Rods.Select(r => r.CenterXMm), Is.EqualTo(memory.Rods.Select(r => r.CenterXMm)).Within(1e-6));
            Assert.That(files.Tissues.Air.Hu!.MeanHu, Is.EqualTo(memory.Tissues.Air.Hu!.MeanHu).Within(0.1));
            Assert.That(files.Tissues.Csf.Hu!.MeanHu, Is.EqualTo(memory.Tissues.Csf.Hu!.MeanHu).Within(0.1));
            var certificate = outcome.Phantom.Certificate;
            var fromMemory = new QCFramework.Calibration.Algorithms.QctRegression().Fit(new QCFramework.Calibration.CalibrationInputs(memory, certificate));
            var fromFiles = new QCFramework.Calibration.Algorithms.QctRegression().Fit(new QCFramework.Calibration.CalibrationInputs(files, certificate));
            for (int i = 0; i < memory.Vertebrae.Count; i++)
            {
                Assert.That(fromFiles.Estimate(files.Vertebrae[i]).ValueMgPerCm3, Is.EqualTo(fromMemory.Estimate(memory.Vertebrae[i]).ValueMgPerCm3).Within(0.1));
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
