namespace QCFramework.Reporting.Charts;

/// <summary>Stroke patterns.</summary>
public enum LineDash
{
    /// <summary>Continuous.</summary>
    Solid,

    /// <summary>4 pt on, 2 pt off.</summary>
    Dashed,

    /// <summary>1 pt on, 2 pt off.</summary>
    Dotted,
}
