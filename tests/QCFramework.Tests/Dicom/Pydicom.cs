using NUnit.Framework;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Dicom;

/// <summary>
/// Runs Python scripts with pydicom (Debian's python3-pydicom) and numpy. The python3 first on PATH
/// may be another installation without them, so the system interpreter is tried too. Pixel data is
/// decoded by pydicom's own numpy and RLE handlers only, so results do not depend on optional plugins.
/// </summary>
internal static class Pydicom
{
    /// <summary>Prepended to every script: imports and the plugin-free decoder configuration.</summary>
    private const string Prelude = """
        import json, os, sys, warnings
        import numpy as np
        import pydicom
        from pydicom import config
        from pydicom.pixel_data_handlers import numpy_handler, rle_handler
        from pydicom.pixel_data_handlers.util import apply_modality_lut
        config.pixel_data_handlers = [numpy_handler, rle_handler]
        warnings.simplefilter("ignore")

        """;

    /// <summary>The interpreter that imports pydicom and numpy; skips or fails the test when there is none.</summary>
    public static string Python() => ExternalTool.RequireWorking(
        ["python3", "/usr/bin/python3"],
        ["-c", "import pydicom, numpy"],
        "no python3 on PATH or at /usr/bin/python3 imports pydicom and numpy (install python3-pydicom python3-numpy)");

    /// <summary>Runs <paramref name="script"/> (after the prelude) with <paramref name="arguments"/>; returns stdout, failing the test on a non-zero exit.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var python = Python();
        var path = Path.Combine(TestSeries.NewFolder("py"), "script.py");
        File.WriteAllText(path, Prelude + script);
        var result = ExternalTool.Run(python, [path, .. arguments]);
        Assert.That(result.ExitCode, Is.Zero, $"python failed:\n{result.Output}");
        return result.Stdout;
    }

    /// <summary>The folder of test files that python3-pydicom ships, or skips/fails when it is absent.</summary>
    public static string Corpus()
    {
        var result = ExternalTool.Run(Python(), ["-c", "import pydicom.data, os; print(os.path.join(os.path.dirname(pydicom.data.__file__), 'test_files'))"]);
        var folder = result.Stdout.Trim();
        return Directory.Exists(folder) ? folder : ExternalTool.Unavailable($"pydicom's test files are not at '{folder}'");
    }
}
