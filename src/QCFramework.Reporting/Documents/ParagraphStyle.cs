namespace QCFramework.Reporting.Documents;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>Smaller grey text for notes and definitions.</summary>
    Note,
}
