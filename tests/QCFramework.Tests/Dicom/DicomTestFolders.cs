using NUnit.Framework;

namespace QCFramework.Tests.Dicom;

/// <summary>Owns the scratch folder of the DICOM tests: one per run, deleted when the run ends.</summary>
[SetUpFixture]
public sealed class DicomTestFolders
{
    /// <summary>The scratch folder of this run.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "qcf-dicom-tests", Guid.NewGuid().ToString("N"));

    [OneTimeTearDown]
    public void RemoveScratch()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
