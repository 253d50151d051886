namespace QCFramework.Reporting.Certification;

/// <summary>The spread between centers of the mean measured value of one object, vertebra and protocol.</summary>
internal sealed record InterCenterVariation(string Algorithm, string Object, string Vertebra, string Protocol, int Centers,
    double MeanMgPerCm3, double CvPct);
