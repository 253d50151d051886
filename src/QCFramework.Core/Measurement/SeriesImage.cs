using System.Globalization;
using QCFramework.Imaging;

namespace QCFramework.Measurement;

/// <summary>One image of a measured series, as its files describe it.</summary>
/// <param name="Key">How readings refer to it: "single", "low", "high" or "vmi-&lt;keV&gt;kev".</param>
/// <param name="Acquisition">The acquisition as stated.</param>
public sealed record SeriesImage(string Key, AcquisitionInfo Acquisition)
{
    /// <summary>The key of an image: its kind, and for a virtual monoenergetic image its energy.</summary>
    /// <exception cref="InputException">A VMI without its energy, or an unknown kind.</exception>
    public static string KeyOf(AcquisitionInfo acquisition) => acquisition.ImageKind.ToUpperInvariant() switch
    {
        "SINGLE" => "single",
        "LOW" => "low",
        "HIGH" => "high",
        "VMI" => acquisition.MonoenergeticKev is { } kev
            ? "vmi-" + kev.ToString("0.##", CultureInfo.InvariantCulture) + "kev"
            : throw new InputException("a virtual monoenergetic image (ImageKind VMI) must state its energy (MonoenergeticKev)"),
        var other => throw new InputException($"image kind '{other}' is not one of SINGLE, LOW, HIGH, VMI"),
    };
}
