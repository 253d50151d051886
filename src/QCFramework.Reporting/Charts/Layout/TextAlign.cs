namespace QCFramework.Reporting.Charts.Layout;

/// <summary>Which point of a string sits at its anchor, along the reading direction.</summary>
public enum TextAlign
{
    /// <summary>The string starts at the anchor.</summary>
    Start,

    /// <summary>The string is centred on the anchor.</summary>
    Middle,

    /// <summary>The string ends at the anchor.</summary>
    End,
}
