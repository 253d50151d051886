using PdfSharp.Pdf;

namespace QCFramework.Reporting.Documents.Pdf;

/// <summary>
/// PDFsharp tags each embedded font subset with six random letters ("WUQHHD+DejaVu Sans"; the tag is
/// required by ISO 32000-1 §9.6.4 but its value is free). Random tags make every rendering differ, so
/// this replaces them, before saving, with tags counted in object order ("AAAAAA", "AAAAAB", …): still
/// unique within the file, and the same on every run.
/// </summary>
internal static class FontSubsetTags
{
    public static void MakeDeterministic(PdfDocument document)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        PdfObject[] objects = document.Internals.GetAllObjects();
        foreach (PdfObject o in objects)
        {
            if (o is PdfDictionary d && d.Elements.GetName("/Type") == "/FontDescriptor")
                d.Elements.SetName("/FontName", Retag(d.Elements.GetName("/FontName"), renamed));
        }
        foreach (PdfObject o in objects)
        {
            if (o is PdfDictionary d && d.Elements.GetName("/Type") == "/Font" && d.Elements.ContainsKey("/BaseFont"))
                d.Elements.SetName("/BaseFont", Retag(d.Elements.GetName("/BaseFont"), renamed));
        }
    }

    /// <summary>"/XXXXXX+Name" with the tag replaced consistently; names without a subset tag are left alone.</summary>
    private static string Retag(string name, Dictionary<string, string> renamed)
    {
        int plus = name.IndexOf('+');
        if (plus != 7 || name[0] != '/')
            return name;
        string tag = name[1..7];
        if (!renamed.TryGetValue(tag, out string? replacement))
        {
            replacement = Tag(renamed.Count);
            renamed.Add(tag, replacement);
        }
        return "/" + replacement + name[7..];
    }

    /// <summary>The <paramref name="index"/>-th tag in base 26 with letters A–Z.</summary>
    private static string Tag(int index)
    {
        Span<char> letters = stackalloc char[6];
        for (int i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + index % 26);
            index /= 26;
        }
        return new string(letters);
    }
}
