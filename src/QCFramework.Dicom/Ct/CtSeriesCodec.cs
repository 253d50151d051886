namespace QCFramework.Dicom.Ct;

/// <summary>This project's own codec: <see cref="CtSeriesWriter"/> and <see cref="CtSeriesReader"/>.</summary>
public sealed class CtSeriesCodec : ICtSeriesCodec
{
    /// <inheritdoc />
    public IReadOnlyList<string> Write(CtSeries series, string directory) => CtSeriesWriter.Write(series, directory);

    /// <inheritdoc />
    public CtSeries Read(string directory) => CtSeriesReader.Read(directory);

    /// <inheritdoc />
    public CtSeries Read(IEnumerable<string> files) => CtSeriesReader.Read(files);
}
