using NUnit.Framework;
using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;

namespace QCFramework.Tests.Phantoms;

public class PartialVolumeTests
{
    private static Phantom Single(SolidGeometry geometry, string material = "water") =>
        new("test", "test", "test", [new PhantomSolid("object", material, Enhancement.None, geometry)], []);

    private static IEnumerable<TestCaseData> Shapes()
    {
        // Analytic areas: ellipse πab; superellipse 4ab·Γ(1+1/n)²/Γ(1+2/n), here n = 4 with tabulated
        // Γ(5/4) and Γ(3/2) = √π/2; box w·h; a shell as the difference of its ellipses.
        double g54 = 0.9064024770554771, g32 = 0.886226925452758; // Γ(5/4), Γ(3/2) = √π/2
        yield return new TestCaseData(new Ellipse2D(3.3, -7.1, 21.7, 13.2, 17), Math.PI * 21.7 * 13.2).SetName("ellipse rotated");
        yield return new TestCaseData(new Ellipse2D(0.25, 0.25, 8, 8), Math.PI * 64).SetName("small disc");
        yield return new TestCaseData(new Superellipse2D(1.7, 2.9, 60, 35, 4, 10), 4 * 60 * 35 * g54 * g54 / g32).SetName("superellipse n=4 rotated");
        yield return new TestCaseData(new Rectangle2D(-4.4, 6.1, 33.3, 12.7, 33), 33.3 * 12.7).SetName("box rotated");
        yield return new TestCaseData(new Annulus2D(new Ellipse2D(0, 0, 30, 20), new Ellipse2D(0, 0, 27.5, 17.5)), Math.PI * (30 * 20 - 27.5 * 17.5)).SetName("elliptic shell");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Rasterised_area_matches_the_analytic_area_to_0_1_percent_at_half_and_one_mm(Shape2D shape, double analyticMm2)
    {
        var phantom = Single(new Prism(shape, -10, 10));
        foreach (double h in new[] { 0.5, 1.0 })
        {
            var grid = new RasterGrid((int)(160 / h), (int)(160 / h), h);
            var image = Rasterizer.Rasterize(phantom, grid, 0, 0);
            Assert.That(image.AreaMm2(0), Is.EqualTo(analyticMm2).Within(0.1).Percent, $"pixel {h} mm");
            Assert.That(image.Fractions[0]!.Max(), Is.LessThanOrEqualTo(1.0f + 1e-6f));
            Assert.That(image.Fractions[0]!.Min(), Is.GreaterThanOrEqualTo(0f));
        }
    }

    [TestCase(0.5)]
    [TestCase(1.0)]
    public void Ellipsoid_volume_from_voxel_slices_matches_4_3_pi_abc_to_0_1_percent(double h)
    {
        var phantom = Single(new Ellipsoid(1.1, -2.3, 0.37, 25, 18, 14, 25));
        var grid = new RasterGrid((int)(70 / h), (int)(70 / h), h);
        double volume = 0;
        for (double z = -20 + h / 2; z < 20; z += h)
        {
            volume += Rasterizer.Rasterize(phantom, grid, z, h).AreaMm2(0) * h;
        }

        Assert.That(volume, Is.EqualTo(4.0 / 3.0 * Math.PI * 25 * 18 * 14).Within(0.1).Percent);
    }

    [TestCase(0.5)]
    [TestCase(1.0)]
    public void Torus_volume_from_voxel_slices_matches_2_pi_squared_R_r_squared_to_0_1_percent(double h)
    {
        var phantom = Single(new Torus(0.3, 0.2, 0.1, 30, 8));
        var grid = new RasterGrid((int)(90 / h), (int)(90 / h), h);
        double volume = 0;
        for (double z = -10 + h / 2; z < 10; z += h)
        {
            volume += Rasterizer.Rasterize(phantom, grid, z, h).AreaMm2(0) * h;
        }

        Assert.That(volume, Is.EqualTo(2 * Math.PI * Math.PI * 30 * 8 * 8).Within(0.1).Percent);
    }

    [Test]
    public void Slab_across_a_prism_end_weights_the_covered_part_exactly()
    {
        // A cylinder ending at z = 0.3 inside a 1 mm slab centred at 0: 0.8 of the slab is covered.
        var phantom = Single(new Prism(new Ellipse2D(0, 0, 10, 10), -50, 0.3));
        var image = Rasterizer.Rasterize(phantom, new RasterGrid(40, 40, 1), 0, 1.0);
        Assert.That(image.AreaMm2(0), Is.EqualTo(0.8 * Math.PI * 100).Within(0.1).Percent);
    }

    [Test]
    public void Later_solids_replace_earlier_ones_and_a_shell_hole_replaces_nothing()
    {
        var outer = new PhantomSolid("body", "water", Enhancement.None, new Prism(new Ellipse2D(0, 0, 40, 40), -5, 5));
        var shell = new PhantomSolid("shell", "cortical-bone", Enhancement.None,
            new Prism(new Annulus2D(new Ellipse2D(0, 0, 20, 20), new Ellipse2D(0, 0, 18, 18)), -5, 5));
        var phantom = new Phantom("t", "t", "t", [outer, shell], []);
        var image = Rasterizer.Rasterize(phantom, new RasterGrid(200, 200, 0.5), 0, 0);
        double shellArea = Math.PI * (400 - 324);
        Assert.That(image.AreaMm2(1), Is.EqualTo(shellArea).Within(0.1).Percent);
        Assert.That(image.AreaMm2(0), Is.EqualTo(Math.PI * 1600 - shellArea).Within(0.1).Percent);
        var total = new float[image.Grid.PixelCount];
        for (int i = 0; i < total.Length; i++)
        {
            total[i] = image.Fractions[0]![i] + image.Fractions[1]![i];
        }

        Assert.That(total.Max(), Is.LessThanOrEqualTo(1.0f + 1e-5f), "regions never overlap");
    }

    [Test]
    public void Rasterising_is_identical_on_one_thread_and_many()
    {
        var phantom = QCFramework.IO.Phantoms.PhantomFile.Load(RepoPaths.Of("phantoms", "patient-l1.yaml"));
        var grid = new RasterGrid(256, 256, 1.4);
        var parallel = Rasterizer.Rasterize(phantom, grid, 0, 3, parallel: new ParallelOptions { MaxDegreeOfParallelism = 8 });
        var serial = Rasterizer.Rasterize(phantom, grid, 0, 3, parallel: new ParallelOptions { MaxDegreeOfParallelism = 1 });
        for (int r = 0; r < phantom.Regions.Count; r++)
        {
            Assert.That(serial.Fractions[r], Is.EqualTo(parallel.Fractions[r]), phantom.Regions[r].Name);
        }
    }
}
