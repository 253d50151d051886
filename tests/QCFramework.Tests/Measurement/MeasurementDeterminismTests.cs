using System.Text.Json;
using NUnit.Framework;
using QCFramework.Measurement;

namespace QCFramework.Tests.Measurement;

public class MeasurementDeterminismTests
{
    [Test]
    public void The_same_series_gives_byte_identical_measurements()
    {
        var (_, volume) = Scans.Qct("patient-l1-on-calibration.yaml");
        var options = new MeasurementOptions(ExpectedRodCount: 5);
        string first = JsonSerializer.Serialize(SeriesMeasurer.Measure(volume, options));
        string second = JsonSerializer.Serialize(SeriesMeasurer.Measure(volume, options));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Measurement_does_not_modify_its_input()
    {
        var (_, volume) = Scans.Qct("esp.yaml");
        var before = volume.SlicesHu.Select(s => (float[])s.Clone()).ToArray();
        SeriesMeasurer.Measure(volume);
        Assert.That(volume.SlicesHu, Is.EqualTo(before));
    }
}
