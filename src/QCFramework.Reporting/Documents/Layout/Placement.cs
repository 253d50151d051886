using QCFramework.Reporting.Charts;
using QCFramework.Reporting.Charts.Layout;
using QCFramework.Reporting.Fonts;

namespace QCFramework.Reporting.Documents.Layout;

/// <summary>Something positioned on a page (points from the page's top-left corner), or a structure marker around such things.</summary>
internal abstract record Placement;

/// <summary>One line of text, its baseline starting at (X, Baseline).</summary>
internal sealed record TextPlacement(string Text, double X, double Baseline, FontSpec Font, Rgb Color) : Placement;

/// <summary>A straight rule.</summary>
internal sealed record RulePlacement(PointPt From, PointPt To, Stroke Stroke) : Placement;

/// <summary>A rectangle, optionally with rounded corners.</summary>
internal sealed record BoxPlacement(RectPt Rect, Rgb? Fill, Stroke? Outline, double CornerRadiusPt = 0) : Placement;

/// <summary>A laid-out chart with its top-left corner at (Left, Top).</summary>
internal sealed record ChartPlacement(ChartScene Scene, double Left, double Top) : Placement;

/// <summary>Opens a logical structure element (tagged PDF); everything until the matching <see cref="EndStructure"/> belongs to it.</summary>
internal sealed record BeginStructure(StructureKind Kind, string? AltText = null, RectPt? Box = null) : Placement;

/// <summary>Closes the innermost open structure element.</summary>
internal sealed record EndStructure : Placement;

/// <summary>Opens decoration that is not content (rules, backgrounds, page furniture, repeated headers).</summary>
internal sealed record BeginArtifact : Placement;

/// <summary>Closes the decoration opened by <see cref="BeginArtifact"/>.</summary>
internal sealed record EndArtifact : Placement;
