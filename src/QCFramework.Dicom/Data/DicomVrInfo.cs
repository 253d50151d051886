namespace QCFramework.Dicom.Data;

/// <summary>Encoding facts about value representations (PS3.5 §6.2 and §7.1.2).</summary>
public static class DicomVrInfo
{
    // Index (first - 'A') * 26 + (second - 'A') → VR + 1, or 0 for letters that name no VR.
    private static readonly byte[] ByLetters = BuildLetterTable();

    /// <summary>
    /// Parses the two ASCII characters of an explicit VR; false for anything not in Table 6.2-1.
    /// </summary>
    public static bool TryParse(byte first, byte second, out DicomVr vr)
    {
        vr = default;
        if (first is < (byte)'A' or > (byte)'Z' || second is < (byte)'A' or > (byte)'Z')
        {
            return false;
        }

        int entry = ByLetters[((first - 'A') * 26) + (second - 'A')];
        if (entry == 0)
        {
            return false;
        }

        vr = (DicomVr)(entry - 1);
        return true;
    }

    /// <summary>The two ASCII bytes of <paramref name="vr"/> as written in explicit VR encoding.</summary>
    public static (byte First, byte Second) Letters(DicomVr vr)
    {
        string name = vr.ToString();
        return ((byte)name[0], (byte)name[1]);
    }

    /// <summary>
    /// True when explicit VR encoding gives this VR two reserved bytes and a 32-bit length
    /// (PS3.5 Table 7.1-1); the others have a 16-bit length.
    /// </summary>
    public static bool HasLongLength(DicomVr vr) => vr is DicomVr.OB or DicomVr.OD or DicomVr.OF or DicomVr.OL
        or DicomVr.OV or DicomVr.OW or DicomVr.SQ or DicomVr.SV or DicomVr.UC or DicomVr.UN or DicomVr.UR
        or DicomVr.UT or DicomVr.UV;

    /// <summary>True for character-string VRs, whose values are padded with a space to even length.</summary>
    public static bool IsText(DicomVr vr) => vr is DicomVr.AE or DicomVr.AS or DicomVr.CS or DicomVr.DA
        or DicomVr.DS or DicomVr.DT or DicomVr.IS or DicomVr.LO or DicomVr.LT or DicomVr.PN or DicomVr.SH
        or DicomVr.ST or DicomVr.TM or DicomVr.UC or DicomVr.UI or DicomVr.UR or DicomVr.UT;

    /// <summary>True for text VRs that hold one value only (backslash is an ordinary character).</summary>
    public static bool IsSingleValuedText(DicomVr vr) => vr is DicomVr.LT or DicomVr.ST or DicomVr.UT or DicomVr.UR;

    /// <summary>The size of one binary value, or 0 for strings, sequences and byte streams.</summary>
    public static int BinaryValueSize(DicomVr vr) => vr switch
    {
        DicomVr.US or DicomVr.SS or DicomVr.OW => 2,
        DicomVr.UL or DicomVr.SL or DicomVr.FL or DicomVr.AT or DicomVr.OF or DicomVr.OL => 4,
        DicomVr.FD or DicomVr.OD or DicomVr.SV or DicomVr.UV or DicomVr.OV => 8,
        _ => 0,
    };

    private static byte[] BuildLetterTable()
    {
        var table = new byte[26 * 26];
        foreach (var vr in Enum.GetValues<DicomVr>())
        {
            string name = vr.ToString();
            table[((name[0] - 'A') * 26) + (name[1] - 'A')] = (byte)((int)vr + 1);
        }

        return table;
    }
}
