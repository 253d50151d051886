using System.Globalization;
using QCFramework.Dicom.Data;

namespace QCFramework.Dicom.Ct;

/// <summary>Reads a DA and TM pair (PS3.5 Table 6.2-1) into one <see cref="DateTime"/>.</summary>
internal static class DicomDateTime
{
    // DA is YYYYMMDD; ACR-NEMA's YYYY.MM.DD is still met in old archives (PS3.5 Table 6.2-1 note).
    private static readonly string[] DateFormats = ["yyyyMMdd", "yyyy.MM.dd"];

    // TM is HH[MM[SS[.F{1,6}]]]; ACR-NEMA wrote HH:MM:SS.
    private static readonly string[] TimeFormats =
    [
        "HHmmss.FFFFFF", "HHmmss", "HHmm", "HH", "HH:mm:ss.FFFFFF", "HH:mm:ss", "HH:mm",
    ];

    /// <summary>The date and time of <paramref name="dateTag"/> and <paramref name="timeTag"/>; null without a date.</summary>
    /// <exception cref="DicomException">A value is not a valid DA or TM.</exception>
    public static DateTime? Read(DicomDataSet dataSet, DicomTag dateTag, DicomTag timeTag)
    {
        var date = dataSet.GetString(dateTag);
        if (string.IsNullOrEmpty(date))
        {
            return null;
        }

        if (!DateTime.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new DicomException($"'{date}' is not a DA date (YYYYMMDD)", dateTag, dataSet.Find(dateTag)!.Offset);
        }

        var time = dataSet.GetString(timeTag);
        if (string.IsNullOrEmpty(time))
        {
            return day;
        }

        if (!DateTime.TryParseExact(time, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            throw new DicomException($"'{time}' is not a TM time (HHMMSS.FFFFFF)", timeTag, dataSet.Find(timeTag)!.Offset);
        }

        return day + clock.TimeOfDay;
    }
}
