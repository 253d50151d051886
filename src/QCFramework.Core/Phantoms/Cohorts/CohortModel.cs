namespace QCFramework.Phantoms.Cohorts;

/// <summary>Sex of a virtual subject.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}

/// <summary>A normal marginal whose mean changes linearly with age: mean = At50 + PerYear·(age − 50).</summary>
/// <param name="At50">Mean at age 50.</param>
/// <param name="PerYear">Change of the mean per year of age.</param>
/// <param name="Sd">Standard deviation about the mean.</param>
public sealed record AgeLinearNormal(double At50, double PerYear, double Sd)
{
    /// <summary>The value at <paramref name="ageYears"/> for a standard-normal deviate <paramref name="z"/>.</summary>
    public double At(double ageYears, double z) => At50 + PerYear * (ageYears - 50) + Sd * z;
}

/// <summary>A log-normal marginal: value = Median·exp(LogSd·z).</summary>
/// <param name="Median">Median.</param>
/// <param name="LogSd">Standard deviation of the natural logarithm.</param>
public sealed record LogNormal(double Median, double LogSd)
{
    /// <summary>The value for a standard-normal deviate <paramref name="z"/>.</summary>
    public double At(double z) => Median * Math.Exp(LogSd * z);
}

/// <summary>A quantity given separately for women and men.</summary>
/// <typeparam name="T">The quantity's type.</typeparam>
/// <param name="Female">For women.</param>
/// <param name="Male">For men.</param>
public sealed record BySex<T>(T Female, T Male)
{
    /// <summary>The value for <paramref name="sex"/>.</summary>
    public T For(Sex sex) => sex == Sex.Female ? Female : Male;
}

/// <summary>
/// A virtual cohort's distributions. Five standardised quantities — trabecular BMD, marrow fat
/// fraction, VAT, SAT and paraspinal muscle area, in that order — are joined by a Gaussian copula
/// with <see cref="Correlation"/>; their marginals depend on age and sex. Body size follows from the
/// lean cross-section plus SAT and VAT. Each file states the source of each distribution.
/// </summary>
/// <param name="Name">Cohort model name.</param>
/// <param name="BasePhantom">The patient phantom file each subject extends (a patient-section variant).</param>
/// <param name="AgeMinYears">Youngest age (uniform on [min, max]).</param>
/// <param name="AgeMaxYears">Oldest age.</param>
/// <param name="FemaleFraction">Share of women.</param>
/// <param name="BmdMgHaPerCm3">Trabecular BMD, mg HA/cm³.</param>
/// <param name="MarrowFat">Marrow fat fraction (0–1).</param>
/// <param name="VatAreaCm2">Visceral fat area, cm².</param>
/// <param name="SatAreaCm2">Subcutaneous fat area, cm².</param>
/// <param name="ParaspinalAreaCm2">Paraspinal muscle area, cm².</param>
/// <param name="LeanAreaCm2">Body cross-section without SAT and VAT, cm².</param>
/// <param name="DepthToWidth">Body depth (AP) over width (LR).</param>
/// <param name="BodyExponent">Superellipse exponent of the body outline.</param>
/// <param name="Correlation">5 × 5 correlation of the standardised quantities (positive definite).</param>
/// <param name="BmdRangeMgHaPerCm3">Values outside are clamped (physiological range).</param>
/// <param name="MarrowFatRange">Values outside are clamped.</param>
public sealed record CohortModel(
    string Name,
    string BasePhantom,
    double AgeMinYears,
    double AgeMaxYears,
    double FemaleFraction,
    BySex<AgeLinearNormal> BmdMgHaPerCm3,
    BySex<AgeLinearNormal> MarrowFat,
    BySex<LogNormal> VatAreaCm2,
    BySex<LogNormal> SatAreaCm2,
    BySex<AgeLinearNormal> ParaspinalAreaCm2,
    BySex<double> LeanAreaCm2,
    BySex<double> DepthToWidth,
    double BodyExponent,
    double[,] Correlation,
    (double Min, double Max) BmdRangeMgHaPerCm3,
    (double Min, double Max) MarrowFatRange);

/// <summary>One virtual subject.</summary>
/// <param name="Id">Identifier, e.g. "s0001".</param>
/// <param name="AgeYears">Age, years.</param>
/// <param name="Sex">Sex.</param>
/// <param name="BmdMgHaPerCm3">Trabecular BMD, mg HA/cm³.</param>
/// <param name="MarrowFatFraction">Marrow fat fraction.</param>
/// <param name="VatAreaCm2">Visceral fat area, cm².</param>
/// <param name="SatAreaCm2">Subcutaneous fat area, cm².</param>
/// <param name="ParaspinalAreaCm2">Paraspinal muscle area, cm².</param>
/// <param name="BodyWidthMm">Body width (LR), mm.</param>
/// <param name="BodyDepthMm">Body depth (AP), mm.</param>
public sealed record CohortSubject(string Id, double AgeYears, Sex Sex, double BmdMgHaPerCm3, double MarrowFatFraction,
    double VatAreaCm2, double SatAreaCm2, double ParaspinalAreaCm2, double BodyWidthMm, double BodyDepthMm);
