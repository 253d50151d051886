using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Charts.Rendering;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Certification;

/// <summary>Writes a report's figures as standalone SVG files, laid out at the size they have in the PDF.</summary>
public static class FigureFiles
{
    /// <summary>
    /// Writes every figure to <paramref name="directory"/> (created if needed) and returns the paths, in figure
    /// order. Figures of an earlier report there (fig*.svg) are removed first, so the folder holds exactly this
    /// report's figures.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<ReportFigure> figures)
    {
        Directory.CreateDirectory(directory);
        foreach (string stale in Directory.GetFiles(directory, "fig*.svg"))
        {
            File.Delete(stale);
        }

        var engine = new ChartLayoutEngine(new TextMeasurer());
        var paths = new List<string>(figures.Count);
        foreach (ReportFigure f in figures)
        {
            string path = Path.Combine(directory, f.FileName);
            using (var stream = File.Create(path))
            {
                SvgChartWriter.Write(engine.Layout(f.Figure, f.WidthPt, f.HeightPt), stream);
            }

            paths.Add(path);
        }

        return paths;
    }
}
