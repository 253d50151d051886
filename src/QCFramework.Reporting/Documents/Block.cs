namespace QCFramework.Reporting.Documents;

/// <summary>A piece of report content, laid out top to bottom and broken across pages as needed.</summary>
public abstract record Block;
