namespace QCFramework.Statistics;

/// <summary>The accuracy summary of one named group (e.g. one algorithm at one vertebra).</summary>
/// <param name="Group">The group's key.</param>
/// <param name="Summary">Its accuracy and repeatability.</param>
public sealed record GroupAccuracy(string Group, AccuracySummary Summary);
