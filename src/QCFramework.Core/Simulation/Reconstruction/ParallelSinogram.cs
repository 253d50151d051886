namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// Parallel-beam projections over 180°: view k at angle θ₀ + k·π/Views, sample j at
/// s = (j − (Samples − 1)/2)·SampleSpacingMm + CentreOffsetMm along the detector. A ray at (θ, s) is
/// the line x·cos θ + y·sin θ = s. Data are row-major by view.
/// </summary>
/// <param name="Views">Number of views over 180°.</param>
/// <param name="Samples">Samples per view.</param>
/// <param name="SampleSpacingMm">Sample spacing, mm.</param>
/// <param name="FirstAngleRad">θ₀, radians.</param>
/// <param name="Data">Line integrals (dimensionless), Views × Samples.</param>
/// <param name="CentreOffsetMm">Where the middle sample sits, mm from the isocentre.</param>
public sealed record ParallelSinogram(int Views, int Samples, double SampleSpacingMm, double FirstAngleRad, float[] Data, double CentreOffsetMm = 0)
{
    /// <summary>Angle of view <paramref name="k"/>, radians.</summary>
    public double Angle(int k) => FirstAngleRad + k * Math.PI / Views;

    /// <summary>Detector coordinate of sample <paramref name="j"/>, mm.</summary>
    public double S(double j) => (j - (Samples - 1) / 2.0) * SampleSpacingMm + CentreOffsetMm;
}
