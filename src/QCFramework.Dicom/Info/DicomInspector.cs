using QCFramework.Dicom.Ct;
using QCFramework.Dicom.Data;
using QCFramework.Dicom.Pixels;

namespace QCFramework.Dicom.Info;

/// <summary>Summarises a DICOM file or the CT series of a folder, for <c>qcf dicom info</c>.</summary>
public static class DicomInspector
{
    /// <summary>Summarises one file, decoding its pixel data for the statistics.</summary>
    /// <exception cref="DicomException">The file cannot be read or its pixel data decoded; the message names the file.</exception>
    public static DicomFileSummary Summarize(DicomFile file, string path)
    {
        try
        {
            var ds = file.DataSet;
            var statistics = DicomPixelData.Statistics(file);
            long? frames = statistics is null ? null : PixelDescription.From(ds).Frames;
            return new DicomFileSummary(
                file.TransferSyntax.Uid,
                Text(ds, DicomTags.SOPClassUID),
                Text(ds, DicomTags.Modality),
                ds.GetInteger(DicomTags.Rows),
                ds.GetInteger(DicomTags.Columns),
                frames,
                ds.GetInteger(DicomTags.BitsAllocated),
                ds.GetInteger(DicomTags.PixelRepresentation),
                ds.GetNumber(DicomTags.RescaleSlope),
                ds.GetNumber(DicomTags.RescaleIntercept),
                statistics?.Min,
                statistics?.Max,
                statistics?.Mean);
        }
        catch (DicomException ex)
        {
            throw ex.InFile(path);
        }
    }

    /// <summary>Summarises every CT series in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<DicomSeriesSummary> SummarizeFolder(string directory)
    {
        var summaries = new List<DicomSeriesSummary>();
        foreach (var series in CtSeriesReader.ReadAll(directory))
        {
            var g = series.Geometry;
            summaries.Add(new DicomSeriesSummary(
                series.Identity.Uids.SeriesInstanceUid,
                series.Slices.Count,
                g.Rows,
                g.Columns,
                [g.RowSpacingMm, g.ColumnSpacingMm],
                g.SliceSpacingMm,
                series.Acquisition.Kvp,
                series.Acquisition.ConvolutionKernel));
        }

        return summaries;
    }

    private static string? Text(DicomDataSet ds, DicomTag tag) => ds.GetString(tag) is { Length: > 0 } text ? text : null;
}
