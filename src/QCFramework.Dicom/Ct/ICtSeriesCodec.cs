namespace QCFramework.Dicom.Ct;

/// <summary>
/// Writes and reads <see cref="CtSeries"/> as DICOM. The rest of QCFramework sees only this, so
/// another codec (a fo-dicom adapter, say) can replace <see cref="CtSeriesCodec"/>.
/// </summary>
public interface ICtSeriesCodec
{
    /// <summary>Writes one CT Image Storage file per slice into <paramref name="directory"/>; returns the paths in slice order.</summary>
    IReadOnlyList<string> Write(CtSeries series, string directory);

    /// <summary>Reads the one CT series of the DICOM files in <paramref name="directory"/>.</summary>
    /// <exception cref="DicomException">The files are not one consistent CT series.</exception>
    CtSeries Read(string directory);

    /// <summary>Reads the one CT series made of <paramref name="files"/>.</summary>
    /// <exception cref="DicomException">The files are not one consistent CT series.</exception>
    CtSeries Read(IEnumerable<string> files);
}
