namespace QCFramework.Reporting.Documents;

/// <summary>A section heading, numbered automatically ("2", "2.1", "2.1.3"), listed in the table of contents and the PDF outline.</summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">Heading text, without a number.</param>
public sealed record HeadingBlock(int Level, string Text) : Block;
