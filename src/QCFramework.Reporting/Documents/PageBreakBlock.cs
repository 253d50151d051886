namespace QCFramework.Reporting.Documents;

/// <summary>Continue on a new page (ignored at the top of a page).</summary>
public sealed record PageBreakBlock : Block;
