namespace QCFramework.Dicom.Data;

/// <summary>
/// Looks up the VR and keyword of a tag among <see cref="DicomTags"/>. Implicit VR files carry no
/// VR, so the parser asks here; tags it does not know are read as UN (PS3.5 §6.2.2), which keeps
/// their bytes intact.
/// </summary>
public static class DicomDictionary
{
    /// <summary>The dictionary VR of <paramref name="tag"/>, if the tag is known.</summary>
    public static bool TryGetVr(DicomTag tag, out DicomVr vr)
    {
        if (DicomTags.Registry.TryGetValue(tag, out var entry))
        {
            vr = entry.Vr;
            return true;
        }

        // Group lengths (gggg,0000) are UL in every group (PS3.5 §7.2); private creators are LO (§7.8.1).
        if (tag.Element == 0x0000)
        {
            vr = DicomVr.UL;
            return true;
        }

        if (tag.IsPrivate && tag.Element is >= 0x0010 and <= 0x00FF)
        {
            vr = DicomVr.LO;
            return true;
        }

        vr = DicomVr.UN;
        return false;
    }

    /// <summary>The keyword of <paramref name="tag"/>, or a description of the kind of unknown tag.</summary>
    public static string KeywordOf(DicomTag tag)
    {
        if (DicomTags.Registry.TryGetValue(tag, out var entry))
        {
            return entry.Keyword;
        }

        if (tag.Element == 0x0000)
        {
            return "GroupLength";
        }

        if (tag.IsPrivate)
        {
            return tag.Element is >= 0x0010 and <= 0x00FF ? "PrivateCreator" : "PrivateTag";
        }

        return "UnknownTag";
    }
}
