namespace QCFramework.Reporting.Charts.Layout;

/// <summary>What a piece of text is for; only cell values and annotations are drawn inside the plot area.</summary>
public enum TextRole
{
    /// <summary>The figure title.</summary>
    Title,

    /// <summary>An axis title with its unit.</summary>
    AxisTitle,

    /// <summary>A tick label.</summary>
    TickLabel,

    /// <summary>A legend entry.</summary>
    Legend,

    /// <summary>The label of a reference line, beside the plot.</summary>
    ReferenceLabel,

    /// <summary>A colour-bar tick label.</summary>
    ColorBarTick,

    /// <summary>The colour-bar title with its unit.</summary>
    ColorBarTitle,

    /// <summary>A value printed in a heat cell (inside the plot).</summary>
    CellValue,

    /// <summary>A note inside the plot.</summary>
    Annotation,
}
