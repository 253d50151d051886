namespace QCFramework.Reporting.Certification;

/// <summary>Results that are not valid, grouped by algorithm, vertebra, status and reason.</summary>
internal sealed record NotValidGroup(string Algorithm, string Vertebra, string Status, string Reason, int Count, string FirstScan);
