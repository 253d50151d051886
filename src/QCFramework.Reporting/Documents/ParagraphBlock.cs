namespace QCFramework.Reporting.Documents;

/// <summary>Running text, word-wrapped to the column; a line feed starts a new line.</summary>
/// <param name="Text">The text.</param>
/// <param name="Style">Body or note.</param>
public sealed record ParagraphBlock(string Text, ParagraphStyle Style = ParagraphStyle.Body) : Block;
