namespace QCFramework.Reporting.Documents;

/// <summary>Horizontal alignment of a table column.</summary>
public enum CellAlignment
{
    /// <summary>Flush left (text).</summary>
    Left,

    /// <summary>Centred (badges, short codes).</summary>
    Center,

    /// <summary>Flush right (numbers).</summary>
    Right,
}
