using System.Collections;
using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// A data set: its elements in file order, looked up by tag, with typed getters. Getters return
/// null for an absent element (or an empty one, for numbers); the <c>Require…</c> getters throw a
/// <see cref="DicomException"/> naming the missing tag instead.
/// </summary>
public sealed class DicomDataSet : IReadOnlyList<DicomElement>
{
    private readonly DicomElement[] _elements;
    private readonly Dictionary<DicomTag, DicomElement> _byTag;

    internal DicomDataSet(DicomElement[] elements, Encoding textEncoding, long offset)
    {
        _elements = elements;
        TextEncoding = textEncoding;
        Offset = offset;
        _byTag = new Dictionary<DicomTag, DicomElement>(elements.Length);
        foreach (var element in elements)
        {
            if (!_byTag.TryAdd(element.Tag, element))
            {
                throw new DicomException("the element occurs twice in one data set", element.Tag, element.Offset);
            }
        }
    }

    /// <summary>An empty data set (a file without file meta information has one).</summary>
    public static DicomDataSet Empty { get; } = new([], Encoding.Latin1, 0);

    /// <summary>How strings of this data set decode, from its (0008,0005) Specific Character Set.</summary>
    public Encoding TextEncoding { get; }

    /// <summary>Byte offset where the data set starts.</summary>
    public long Offset { get; }

    /// <inheritdoc />
    public int Count => _elements.Length;

    /// <inheritdoc />
    public DicomElement this[int index] => _elements[index];

    /// <summary>True when the data set holds <paramref name="tag"/>.</summary>
    public bool Contains(DicomTag tag) => _byTag.ContainsKey(tag);

    /// <summary>The element with <paramref name="tag"/>, or null.</summary>
    public DicomElement? Find(DicomTag tag) => _byTag.GetValueOrDefault(tag);

    /// <summary>The whole value of a text element, or null when absent.</summary>
    public string? GetString(DicomTag tag) => Find(tag)?.GetText(TextEncoding);

    /// <summary>The values of a multi-valued text element; empty when absent.</summary>
    public string[] GetStrings(DicomTag tag) => Find(tag)?.GetTexts(TextEncoding) ?? [];

    /// <summary>Value <paramref name="index"/> as a number (DS, IS or binary), or null when absent or empty.</summary>
    public double? GetNumber(DicomTag tag, int index = 0) => Find(tag)?.GetNumber(index, TextEncoding);

    /// <summary>Value <paramref name="index"/> as an integer (IS or binary), or null when absent or empty.</summary>
    public long? GetInteger(DicomTag tag, int index = 0) => Find(tag)?.GetInteger(index, TextEncoding);

    /// <summary>The whole value of a text element that must be present and non-empty.</summary>
    public string RequireString(DicomTag tag)
    {
        var text = GetString(tag);
        return string.IsNullOrEmpty(text) ? throw Missing(tag) : text;
    }

    /// <summary>Value <paramref name="index"/> of a numeric element that must be present.</summary>
    public double RequireNumber(DicomTag tag, int index = 0) => GetNumber(tag, index) ?? throw Missing(tag, index);

    /// <summary>Value <paramref name="index"/> of an integer element that must be present.</summary>
    public long RequireInteger(DicomTag tag, int index = 0) => GetInteger(tag, index) ?? throw Missing(tag, index);

    /// <inheritdoc />
    public IEnumerator<DicomElement> GetEnumerator() => ((IEnumerable<DicomElement>)_elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private DicomException Missing(DicomTag tag, int index = 0)
    {
        var element = Find(tag);
        if (element is null)
        {
            return new DicomException("required element is missing", tag);
        }

        return index == 0
            ? new DicomException("required element has no value", tag, element.Offset)
            : new DicomException($"required element has fewer than {index + 1} values", tag, element.Offset);
    }
}
