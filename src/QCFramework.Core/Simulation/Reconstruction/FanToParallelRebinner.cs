namespace QCFramework.Simulation.Reconstruction;

/// <summary>
/// Rebins a 360° equiangular fan-beam sinogram to 180° of parallel projections, as scanners with
/// fan–parallel rebinning do. A fan ray (β, γ) is the parallel ray θ = β + γ + π/2, s = −R·sin γ, and
/// every line is measured twice (its conjugate ray half a rotation later). With the quarter-channel
/// detector offset the two measurements interleave, so the parallel samples are taken at half the
/// channel spacing, on the interleaved positions themselves (near the isocentre they coincide with
/// channels, so there is no interpolation blur there): each one is interpolated (bilinearly in view
/// and channel) from the direct and from the conjugate data, weighted towards whichever lies nearer
/// an actual channel.
/// </summary>
public static class FanToParallelRebinner
{
    /// <summary>Rebins <paramref name="fan"/> (views × channels, row-major by view).</summary>
    public static ParallelSinogram Rebin(float[] fan, FanBeamGeometry geometry, ParallelOptions? parallel = null)
    {
        int views = geometry.ViewsPerRotation, channels = geometry.Channels;
        int outViews = views / 2;
        double r = geometry.SourceToIsocenterMm, dGamma = geometry.ChannelAngleRad;
        double spacing = r * dGamma / 2;
        double sMax = r * Math.Sin(Math.Min(Math.Abs(geometry.FanAngleRad(0)), Math.Abs(geometry.FanAngleRad(channels - 1))));
        int half = (int)Math.Floor(sMax / spacing) - 1;
        int samples = 2 * half + 1;
        var data = new float[outViews * samples];
        double centre = (channels - 1) / 2.0 - geometry.DetectorOffsetChannels;
        // Direct rays sample s/(RΔγ) ≡ frac(centre) and conjugate rays ≡ −frac(centre) (mod 1): with the
        // quarter offset these interleave every half channel, starting at frac(centre) mod ½.
        double shift = (centre - Math.Floor(centre)) % 0.5 * r * dGamma;
        double viewsPerRad = views / (2 * Math.PI);

        Parallel.For(0, outViews, parallel ?? new ParallelOptions(), k =>
        {
            double theta = Math.PI / 2 + k * Math.PI / outViews;
            for (int j = 0; j < samples; j++)
            {
                double s = (j - half) * spacing + shift;
                double gamma = -Math.Asin(s / r);
                // Direct ray (β, γ) and conjugate ray (β + π − 2γ… i.e. θ + π, −s).
                double uDirect = gamma / dGamma + centre;
                double bDirect = (theta - gamma - Math.PI / 2) * viewsPerRad;
                double uConj = -gamma / dGamma + centre;
                double bConj = (theta + gamma + Math.PI / 2) * viewsPerRad;
                double wDirect = Nearness(uDirect, channels), wConj = Nearness(uConj, channels);
                if (wDirect < 0 && wConj < 0)
                {
                    continue;
                }

                if (wDirect + wConj <= 0)
                {
                    wDirect = wDirect < 0 ? 0 : 0.5;
                    wConj = wConj < 0 ? 0 : 0.5;
                }

                wDirect = Math.Max(wDirect, 0);
                wConj = Math.Max(wConj, 0);
                double value = 0;
                if (wDirect > 0)
                {
                    value += wDirect * Bilinear(fan, views, channels, bDirect, uDirect);
                }

                if (wConj > 0)
                {
                    value += wConj * Bilinear(fan, views, channels, bConj, uConj);
                }

                data[k * samples + j] = (float)(value / (wDirect + wConj));
            }
        });

        return new ParallelSinogram(outViews, samples, spacing, Math.PI / 2, data, shift);
    }

    // 1 at a channel, 0 half-way between channels; −1 outside the detector.
    private static double Nearness(double u, int channels)
    {
        if (u < 0 || u > channels - 1)
        {
            return -1;
        }

        double distance = Math.Abs(u - Math.Round(u));
        return 1 - 2 * distance;
    }

    private static double Bilinear(float[] fan, int views, int channels, double view, double channel)
    {
        double vf = Math.Floor(view);
        double tv = view - vf;
        int v0 = Mod((int)vf, views), v1 = Mod(v0 + 1, views);
        int c0 = Math.Min((int)Math.Floor(channel), channels - 2);
        double tc = channel - c0;
        double a = fan[v0 * channels + c0] + tc * (fan[v0 * channels + c0 + 1] - fan[v0 * channels + c0]);
        double b = fan[v1 * channels + c0] + tc * (fan[v1 * channels + c0 + 1] - fan[v1 * channels + c0]);
        return a + tv * (b - a);
    }

    private static int Mod(int a, int n) => ((a % n) + n) % n;
}
