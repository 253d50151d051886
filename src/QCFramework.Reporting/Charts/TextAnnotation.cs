namespace QCFramework.Reporting.Charts;

/// <summary>A short note placed at a data position inside the plot (kept inside the plot area if it would cross an edge).</summary>
/// <param name="X">Horizontal data coordinate of the text's left end.</param>
/// <param name="Y">Vertical data coordinate of the text's baseline.</param>
/// <param name="Text">The note.</param>
public sealed record TextAnnotation(double X, double Y, string Text);
