namespace QCFramework.Reporting.Charts;

/// <summary>
/// Something drawn in a figure's plot area, in data coordinates. Series with a <see cref="Name"/> get a
/// legend entry; unnamed series do not.
/// </summary>
/// <param name="Name">Legend text, or null for no legend entry.</param>
public abstract record Series(string? Name);
