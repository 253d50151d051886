using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Certification;

/// <summary>Reads a PDF with poppler and qpdf, which parse PDF independently of the PDFsharp that wrote it.</summary>
public static class PdfInspection
{
    /// <summary>A word's box on its page (points from the top left) and its text.</summary>
    public sealed record Word(int Page, double X0, double Y0, double X1, double Y1, string Text);

    /// <summary>Runs a tool, skipping (or failing, under QCF_REQUIRE_TOOLS=1) when it is not installed.</summary>
    public static ExternalTool.Result Run(string program, string why, params string[] args)
    {
        string package = program.StartsWith("qpdf", StringComparison.Ordinal) ? "qpdf" : program == "rsvg-convert" ? "librsvg2-bin" : "poppler-utils";
        string path = ExternalTool.RequireOrIgnore(program, $"{program} {why} (Debian: {package})");
        return ExternalTool.Run(path, args);
    }

    /// <summary>The text of the whole document (or one page), laid out as on the page, with non-breaking spaces as spaces.</summary>
    public static string LayoutText(string pdf, int? page = null)
    {
        var args = new List<string> { "-layout" };
        if (page is int p)
        {
            args.AddRange(["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange([pdf, "-"]);
        return Run("pdftotext", "extracts text", [.. args]).Stdout.Replace('\u00A0', ' ');
    }

    /// <summary>The text in reading order with every run of white space as one space.</summary>
    public static string FlowText(string pdf) => Regex.Replace(Run("pdftotext", "extracts text", pdf, "-").Stdout.Replace('\u00A0', ' '), @"\s+", " ");

    public static int PageCount(string pdf)
    {
        string info = Run("pdfinfo", "reads the page count", pdf).Stdout;
        return int.Parse(Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Every word with its box (pdftotext -bbox).</summary>
    public static IReadOnlyList<Word> Words(string pdf)
    {
        string html = Run("pdftotext", "reports word boxes", "-bbox", pdf, "-").Stdout;
        var words = new List<Word>();
        int page = 0;
        foreach (string line in html.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
            }

            Match m = Regex.Match(line, "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*)</word>");
            if (m.Success)
            {
                double D(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
                words.Add(new Word(page, D(1), D(2), D(3), D(4), m.Groups[5].Value));
            }
        }

        return words;
    }

    /// <summary>Reads a binary greyscale netpbm image (P5, 8-bit), as pdftoppm -gray writes.</summary>
    public static (int Width, int Height, byte[] Pixels) ReadPgm(string file)
    {
        byte[] data = File.ReadAllBytes(file);
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[pos]))
            {
                pos++;
            }

            int start = pos;
            while (!char.IsWhiteSpace((char)data[pos]))
            {
                pos++;
            }

            return Encoding.ASCII.GetString(data, start, pos - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException($"{file} is not a binary PGM.");
        }

        int width = int.Parse(Token(), CultureInfo.InvariantCulture), height = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (Token() != "255")
        {
            throw new InvalidDataException($"{file} is not 8-bit.");
        }

        pos++;
        return (width, height, data[pos..(pos + width * height)]);
    }
}
