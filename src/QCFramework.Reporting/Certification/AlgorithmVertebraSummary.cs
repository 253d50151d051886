namespace QCFramework.Reporting.Certification;

/// <summary>The results of one algorithm at one vertebra.</summary>
internal sealed record AlgorithmVertebraSummary(string Algorithm, string Vertebra, GroupMetrics Metrics);
