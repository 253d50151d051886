using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using QCFramework.Physics;

namespace QCFramework.Tests.Physics;

public class PhysicsPropertyTests
{
    private static readonly MaterialLibrary Library = MaterialLibrary.Default;
    private static readonly string[] Bases = ["water", "adipose", "muscle", "blood", "cortical-bone", "hydroxyapatite", "k2hpo4", "pmma", "air"];

    private static Arbitrary<double> Energies() => Gen.Choose(1000, 150000).Select(i => i / 1000.0).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Mixture_mass_attenuation_lies_between_its_components() =>
        Prop.ForAll(
            Gen.Elements(Bases).Two().Zip(Gen.Choose(0, 1000).Select(i => i / 1000.0)).Zip(Gen.Choose(1000, 150000).Select(i => i / 1000.0)).ToArbitrary(),
            t =>
            {
                var ((a, b), w) = t.Item1;
                double e = t.Item2;
                var ma = Library.Resolve(a);
                var mb = Library.Resolve(b);
                var mix = Mixtures.ByMassIdeal("mix", "test mixture", (ma, w), (mb, 1 - w));
                double ua = ma.MassAttenuation(e).TotalCm2PerG, ub = mb.MassAttenuation(e).TotalCm2PerG, um = mix.MassAttenuation(e).TotalCm2PerG;
                double lo = Math.Min(ua, ub) * (1 - 1e-12), hi = Math.Max(ua, ub) * (1 + 1e-12);
                return um >= lo && um <= hi;
            });

    [Property(MaxTest = 200)]
    public Property Transmission_falls_monotonically_with_thickness() =>
        Prop.ForAll(
            Gen.Elements(Bases).Zip(Gen.Choose(70, 140)).Zip(Gen.Choose(0, 300).Select(i => i / 10.0).Two()).ToArbitrary(),
            t =>
            {
                var (material, kvp) = t.Item1;
                var (x, y) = t.Item2;
                var spectrum = SpectrumLibrary.Default.Get(kvp).Rebin(4);
                var m = Library.Resolve(material);
                double thin = Transmission.Through(spectrum, [(m, Math.Min(x, y))]);
                double thick = Transmission.Through(spectrum, [(m, Math.Max(x, y))]);
                return x == y ? thin == thick : thick < thin && thick > 0 && thin <= 1;
            });

    [Property(MaxTest = 500)]
    public Property Cross_sections_are_continuous_away_from_edges() =>
        Prop.ForAll(
            Gen.Choose(1, 83).Zip(Energies().Generator).ToArbitrary(),
            t =>
            {
                var (z, e) = t;
                var data = AttenuationData.Default;
                double nearest = data.EdgesKev(z).Select(edge => Math.Abs(edge - e)).DefaultIfEmpty(double.MaxValue).Min();
                double step = 1e-4;
                if (nearest < 2 * step || e + step > 150)
                {
                    return true;
                }

                double a = data.CrossSections(z, e).TotalCm2PerG;
                double b = data.CrossSections(z, e + step).TotalCm2PerG;
                // Away from an edge μ/ρ varies at most like E^-4 (photoelectric): relative change ≤ ~4·step/E.
                return Math.Abs(b - a) / a <= 5 * step / e + 1e-9;
            });
}
