using System.Globalization;

namespace QCFramework.Dicom.Data;

/// <summary>A data element tag (group, element), ordered as PS3.5 §7.1 requires elements to be.</summary>
/// <param name="Group">The group number.</param>
/// <param name="Element">The element number within the group.</param>
public readonly record struct DicomTag(ushort Group, ushort Element) : IComparable<DicomTag>
{
    /// <summary>The tag as one 32-bit number, group in the high half (the sort key).</summary>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>True for private tags (odd group numbers, PS3.5 §7.8).</summary>
    public bool IsPrivate => (Group & 1) == 1;

    /// <inheritdoc />
    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    /// <summary>The tag as dcmdump prints it: <c>(0028,0010)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Group:X4},{Element:X4})");
}
