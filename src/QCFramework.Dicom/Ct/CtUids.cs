using QCFramework.Dicom.Data;

namespace QCFramework.Dicom.Ct;

/// <summary>The UIDs that tie the slices of a series together.</summary>
/// <param name="StudyInstanceUid">Study Instance UID (0020,000D).</param>
/// <param name="SeriesInstanceUid">Series Instance UID (0020,000E).</param>
/// <param name="FrameOfReferenceUid">Frame of Reference UID (0020,0052).</param>
public sealed record CtUids(string StudyInstanceUid, string SeriesInstanceUid, string FrameOfReferenceUid)
{
    /// <summary>
    /// Derives the UIDs of a synthetic series from the seed and the series identity. Each UID is
    /// <see cref="DicomUid.FromName"/> of a name made of a role ("study", "series",
    /// "frame-of-reference") and the length-prefixed components "|len:text" of the seed, the study
    /// key and (except for the study) the series key — so reruns with the same seed give the same
    /// UIDs, and no two distinct (role, seed, study, series) can share a name. The frame of
    /// reference is per series: each simulated scan positions its phantom anew.
    /// </summary>
    /// <param name="seed">The simulation seed.</param>
    /// <param name="studyKey">Identifies the study (e.g. campaign and centre).</param>
    /// <param name="seriesKey">Identifies the series within the study (e.g. protocol and repeat).</param>
    public static CtUids Derive(long seed, string studyKey, string seriesKey) => new(
        DicomUid.FromName(Name("study", seed, studyKey)),
        DicomUid.FromName(Name("series", seed, studyKey, seriesKey)),
        DicomUid.FromName(Name("frame-of-reference", seed, studyKey, seriesKey)));

    /// <summary>
    /// The SOP Instance UID of slice <paramref name="instanceNumber"/> of a series: the name is
    /// "instance" with the length-prefixed Series Instance UID and instance number.
    /// </summary>
    public static string SopInstanceUid(string seriesInstanceUid, int instanceNumber) =>
        DicomUid.FromName(Name("instance", seriesInstanceUid, instanceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Name(string role, long seed, params string[] keys) =>
        Name(role, [seed.ToString(System.Globalization.CultureInfo.InvariantCulture), .. keys]);

    private static string Name(string role, params string[] components)
    {
        var name = new System.Text.StringBuilder(role);
        foreach (var component in components)
        {
            name.Append('|').Append(component.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(component);
        }

        return name.ToString();
    }
}
