namespace QCFramework.Statistics;

/// <summary>
/// Classifies paired reference and test values (e.g. QCT vBMD in mg HA/cm³) with
/// <see cref="ClassThresholds"/>, then reports the confusion table, Cohen's kappa, linearly weighted
/// kappa, and the sensitivity and specificity of the test for the lowest class.
/// </summary>
public static class ClassAgreement
{
    /// <summary>Compares the classes of <paramref name="test"/> with those of <paramref name="reference"/>.</summary>
    /// <exception cref="InputException">No pairs.</exception>
    public static ClassAgreementResult Compute(ReadOnlySpan<double> reference, ReadOnlySpan<double> test, ClassThresholds thresholds, double confidenceLevel = 0.95)
    {
        Descriptive.RequireSameLength(reference, test);
        Descriptive.RequireCount(reference.Length, 1, "Classification agreement");
        int c = thresholds.ClassCount;
        var counts = new int[c, c];
        for (int i = 0; i < reference.Length; i++)
        {
            counts[thresholds.Classify(reference[i]), thresholds.Classify(test[i])]++;
        }

        int tp = counts[0, 0];
        int fn = 0, fp = 0;
        for (int j = 1; j < c; j++)
        {
            fn += counts[0, j];
            fp += counts[j, 0];
        }

        int tn = reference.Length - tp - fn - fp;
        var confusion = new IReadOnlyList<int>[c];
        for (int i = 0; i < c; i++)
        {
            var row = new int[c];
            for (int j = 0; j < c; j++)
            {
                row[j] = counts[i, j];
            }

            confusion[i] = row;
        }

        return new ClassAgreementResult(
            reference.Length,
            thresholds,
            confusion,
            CohensKappa.Compute(counts, CohensKappa.LinearWeights(c), confidenceLevel),
            BinaryDiagnostic.Compute(tp, fn, tn, fp, confidenceLevel));
    }
}
