namespace QCFramework.Reporting.Certification;

/// <summary>A protocol as one center ran it: the scanner and acquisition, the phantoms, and how many scans and repeats.</summary>
internal sealed record ProtocolSummary(string Scanner, double Kvp, double Mas, string Kernel, double SliceMm, string Contrast,
    string DualEnergy, string Mode, string Phantoms, int Repeats, int Scans);
