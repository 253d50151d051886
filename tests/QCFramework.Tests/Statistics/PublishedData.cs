using System.Globalization;

namespace QCFramework.Tests.Statistics;

/// <summary>Method-comparison data sets with published regression results, as (x, y) pairs.</summary>
internal static class PublishedData
{
    /// <summary>
    /// Serum (x) and plasma (y) creatinine, mg/dL, of 110 heart-surgery patients: the <c>creatinine</c>
    /// data of the R package mcr (as listed in Wicklin 2022, "Passing-Bablok regression in SAS", The DO
    /// Loop); two plasma values are missing. mcr's mcreg(method.reg = "PaBa", method.ci = "analytical")
    /// reports intercept −0.1171729 [−0.2001149, −0.020000], slope 1.0880089 [1.0000000, 1.173005].
    /// </summary>
    public const string Creatinine = """
        0.82 0.79  1.83 1.62  1.39 1.36  0.81 1.3   1.72 1.88
        3.23 3.35  1.23 1.06  1.37 1.34  1.72 1.56  0.96 0.94
        0.76 0.69  1.15 1.16  0.95 0.71  1 0.83     1.52 1.44
        1.56 1.26  2.45 2.36  1.85 1.9   0.89 0.95  0.82 0.77
        1.01 0.82  0.96 0.88  3.38 3.42  1.31 1.15  1.1 0.96
        1.26 1.12  1.15 1.02  1.2 1.29   1.01 0.87  1.33 1.13
        0.87 0.82  1.66 1.33  1.41 1.14  1.08 0.93  1.17 1.09
        0.82 .     1.77 1.89  1.33 1.57  1.23 1.29  1.21 1.13
        1.2 1.11   1.49 1.61  0.89 0.79  1.09 1.19  1.03 0.96
        1.07 1.25  0.89 0.87  1.39 1.36  0.96 0.86  1.06 1.03
        1.17 0.86  0.9 0.8    1.39 1.22  0.91 0.86  2.28 2.25
        0.9 0.87   0.83 .     1.34 1.3   1.32 1.04  1.02 0.92
        1.04 1.01  1.27 1.21  1.08 1.11  1.1 1.21   1.39 1.54
        1.07 0.99  0.79 0.79  1.02 1.06  0.94 1.02  1.99 2.15
        0.7 0.56   0.84 1.01  0.66 0.59  1.1 1.17   0.9 0.82
        2.06 2.09  1.31 1.44  1.03 1.22  1.61 1.77  1.52 1.6
        1.11 1.13  0.85 1.06  1.2 1.38   1.09 1.24  1.27 1.29
        2.06 2.08  1.21 1.31  0.77 0.82  1.06 1.28  1.02 1.15
        1 1.04     1.47 1.51  0.97 1.13  1.7 1.84   1.78 1.94
        0.93 1.32  0.92 1.36  1.59 1.88  0.68 0.73  0.7 0.78
        1.08 1.01  0.83 0.9   1.17 1.3   0.98 0.96  0.77 0.61
        0.91 1.27  1.1 1.05   0.8 1.12   0.85 0.72  0.82 0.87
        """;

    /// <summary>
    /// Lab test (x, µg/dL) against a new device (y, kΩ), 65 pairs, from Wicklin (2019, "Deming regression
    /// for comparing different measurement methods", The DO Loop), whose Deming fit with the variance
    /// ratio estimated as var(x)/var(y) gives intercept −10.56415 and slope 0.354463.
    /// </summary>
    public const string BloodTest = """
        169.0 45.5 130.8 33.4 109.0 23.8 94.1 19.8 86.3 20.4 78.4 18.7
         76.1 16.1  72.2 16.7  70.0 11.9 69.8 14.6 69.5 10.6 68.7 12.7 67.3 16.9
        174.7 57.8 137.9 39.0 114.6 30.4 99.8 21.1 90.1 21.7 85.1 25.2
         80.7 20.6 78.1 19.3  77.8 20.9  76.0 18.2 77.8 18.3 74.2 15.7 73.1 13.9
        182.5 55.5 144.0 38.7 123.8 35.1 107.6 30.6 96.9 25.7 92.8 19.2
         87.2 22.4  86.3 18.4  84.4 20.7  83.7 20.6 83.3 20.0 83.9 18.8 82.7 21.8
        160.8 49.9 122.7 32.2 102.6 19.2 86.6 14.7 76.1 16.6 69.6 18.8
         66.7  7.4  64.4  8.2  63.0 15.5 61.7 13.7 61.2 9.2 62.4 12.0 58.4 15.2
        171.3 48.7 136.3 36.1 111.9 28.6 96.5 21.8 90.3 25.6 82.9 16.8
         78.1 14.1  76.5 14.2  73.5 11.9 74.4 17.7 73.9 17.6 71.9 10.2 72.0 15.6
        """;

    /// <summary>The complete (x, y) pairs of a listing of "x y" values, "." marking a missing value.</summary>
    public static (double[] X, double[] Y) Pairs(string listing)
    {
        var tokens = listing.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var x = new List<double>();
        var y = new List<double>();
        for (int i = 0; i + 1 < tokens.Length; i += 2)
        {
            if (tokens[i] == "." || tokens[i + 1] == ".")
            {
                continue;
            }

            x.Add(double.Parse(tokens[i], CultureInfo.InvariantCulture));
            y.Add(double.Parse(tokens[i + 1], CultureInfo.InvariantCulture));
        }

        return (x.ToArray(), y.ToArray());
    }
}
