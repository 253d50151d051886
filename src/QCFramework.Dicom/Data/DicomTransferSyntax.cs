namespace QCFramework.Dicom.Data;

/// <summary>
/// A transfer syntax (PS3.5 §10 and Annex A): how the data set after the file meta is encoded.
/// Every syntax of PS3.6 Table A-1 that a file may declare is known by name, so that an
/// unsupported one is reported by name rather than as an unknown number.
/// </summary>
/// <param name="Uid">The transfer syntax UID.</param>
/// <param name="Name">The name of PS3.6 Table A-1.</param>
/// <param name="ExplicitVr">True when elements carry their VR.</param>
/// <param name="BigEndian">True for the retired Explicit VR Big Endian syntax.</param>
/// <param name="Deflated">True when the data set is deflated (RFC 1951) after the file meta.</param>
/// <param name="Encapsulated">True when pixel data is compressed in fragments (PS3.5 §A.4).</param>
public sealed record DicomTransferSyntax(
    string Uid, string Name, bool ExplicitVr, bool BigEndian, bool Deflated, bool Encapsulated)
{
    /// <summary>Implicit VR Little Endian, the default transfer syntax (PS3.5 §A.1).</summary>
    public static readonly DicomTransferSyntax ImplicitVrLittleEndian =
        new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false);

    /// <summary>Explicit VR Little Endian (PS3.5 §A.2).</summary>
    public static readonly DicomTransferSyntax ExplicitVrLittleEndian =
        new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false);

    /// <summary>Deflated Explicit VR Little Endian (PS3.5 §A.5).</summary>
    public static readonly DicomTransferSyntax DeflatedExplicitVrLittleEndian =
        new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false);

    /// <summary>Explicit VR Big Endian, retired but still met in archives (PS3.5 §A.3).</summary>
    public static readonly DicomTransferSyntax ExplicitVrBigEndian =
        new("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, true, false, false);

    /// <summary>RLE Lossless (PS3.5 Annex G), which this codec decodes.</summary>
    public static readonly DicomTransferSyntax RleLossless =
        new("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, true);

    private static readonly Dictionary<string, DicomTransferSyntax> Known = BuildKnown();

    /// <summary>Finds the syntax of <paramref name="uid"/>; false for a UID not in PS3.6 Table A-1.</summary>
    public static bool TryLookup(string uid, out DicomTransferSyntax syntax) =>
        Known.TryGetValue(uid, out syntax!);

    /// <summary>The name and UID, as error messages quote it.</summary>
    public override string ToString() => $"{Name} ({Uid})";

    private static Dictionary<string, DicomTransferSyntax> BuildKnown()
    {
        // Compressed syntaxes of PS3.6 Table A-1: their data sets are Explicit VR Little Endian,
        // only the pixel data is encapsulated.
        (string Uid, string Name)[] compressed =
        [
            ("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            ("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
            ("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            ("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])"),
            ("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression"),
            ("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression"),
            ("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            ("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            ("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            ("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            ("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            ("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"),
            ("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            ("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            ("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"),
            ("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"),
            ("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"),
            ("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1"),
            ("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1"),
            ("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
        ];
        var known = new Dictionary<string, DicomTransferSyntax>(StringComparer.Ordinal);
        foreach (var syntax in new[]
                 {
                     ImplicitVrLittleEndian, ExplicitVrLittleEndian, DeflatedExplicitVrLittleEndian,
                     ExplicitVrBigEndian, RleLossless,
                 })
        {
            known.Add(syntax.Uid, syntax);
        }

        foreach (var (uid, name) in compressed)
        {
            known.Add(uid, new DicomTransferSyntax(uid, name, true, false, false, true));
        }

        return known;
    }
}
