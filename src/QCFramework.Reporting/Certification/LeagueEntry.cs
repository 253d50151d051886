namespace QCFramework.Reporting.Certification;

/// <summary>A center's place in the league table.</summary>
internal sealed record LeagueEntry(int Rank, string Center, string Scanner, int Results, double MeanAbsRelativeErrorPct, CenterCompliance Compliance);
