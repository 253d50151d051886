using MathNet.Numerics.LinearAlgebra;
using QCFramework.Numerics;
using QCFramework.Phantoms.Geometry;

namespace QCFramework.Phantoms.Cohorts;

/// <summary>Draws virtual subjects from a <see cref="CohortModel"/>.</summary>
public static class CohortSampler
{
    /// <summary>
    /// Draws <paramref name="count"/> subjects. Subject i uses its own stream derived from
    /// <paramref name="seed"/> and its index, so a larger cohort extends a smaller one unchanged.
    /// </summary>
    /// <exception cref="InputException">The correlation matrix is not positive definite.</exception>
    public static IReadOnlyList<CohortSubject> Sample(CohortModel model, int count, ulong seed)
    {
        if (count < 1)
        {
            throw new InputException($"--n must be at least 1 (got {count})");
        }

        var correlation = Matrix<double>.Build.DenseOfArray(model.Correlation);
        if (correlation.RowCount != 5 || correlation.ColumnCount != 5)
        {
            throw new InputException($"cohort '{model.Name}': the correlation matrix must be 5 × 5 (bmd, marrowFat, vat, sat, paraspinal)");
        }

        Matrix<double> lower;
        try
        {
            lower = correlation.Cholesky().Factor;
        }
        catch (ArgumentException)
        {
            throw new InputException($"cohort '{model.Name}': the correlation matrix is not positive definite");
        }

        var subjects = new CohortSubject[count];
        for (int i = 0; i < count; i++)
        {
            var random = new RandomStream(Seeds.Derive(seed, $"cohort/{model.Name}/subject/{i}"));
            double age = random.Uniform(model.AgeMinYears, model.AgeMaxYears);
            var sex = random.NextDouble() < model.FemaleFraction ? Sex.Female : Sex.Male;
            var independent = Vector<double>.Build.Dense(5, _ => random.NextNormal());
            var z = lower * independent;

            double bmd = Math.Clamp(model.BmdMgHaPerCm3.For(sex).At(age, z[0]), model.BmdRangeMgHaPerCm3.Min, model.BmdRangeMgHaPerCm3.Max);
            double fat = Math.Clamp(model.MarrowFat.For(sex).At(age, z[1]), model.MarrowFatRange.Min, model.MarrowFatRange.Max);
            double vat = model.VatAreaCm2.For(sex).At(z[2]);
            double sat = model.SatAreaCm2.For(sex).At(z[3]);
            double muscle = Math.Max(5, model.ParaspinalAreaCm2.For(sex).At(age, z[4]));

            // Body outline: a superellipse whose area is lean + SAT + VAT, with the sex's depth/width ratio.
            double areaMm2 = (model.LeanAreaCm2.For(sex) + sat + vat) * 100;
            double ratio = model.DepthToWidth.For(sex);
            double unitArea = Superellipse2D.Area(1, ratio, model.BodyExponent);
            double halfWidth = Math.Sqrt(areaMm2 / unitArea);
            subjects[i] = new CohortSubject($"s{i + 1:0000}", age, sex, bmd, fat, vat, sat, muscle, 2 * halfWidth, 2 * halfWidth * ratio);
        }

        return subjects;
    }
}
