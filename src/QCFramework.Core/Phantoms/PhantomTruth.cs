using QCFramework.Phantoms.Geometry;

namespace QCFramework.Phantoms;

/// <summary>Ground truth of one region.</summary>
/// <param name="Name">Region name.</param>
/// <param name="MaterialSpec">Material specification.</param>
/// <param name="MineralDensityMgHaPerCm3">Mineral density, mg HA/cm³.</param>
/// <param name="DensityGPerCm3">Mass density, g/cm³.</param>
/// <param name="VolumeCm3">Visible volume (after precedence), cm³.</param>
public sealed record RegionTruth(string Name, string MaterialSpec, double MineralDensityMgHaPerCm3, double DensityGPerCm3, double VolumeCm3);

/// <summary>Ground truth of a vertebra's QCT measurement.</summary>
/// <param name="Label">Vertebra label (L1, T12, …).</param>
/// <param name="ZMm">Mid-vertebral level, mm.</param>
/// <param name="TrabecularMgHaPerCm3">What a QCT trabecular ROI measures in truth: the trabecular mineral density, mg HA/cm³.</param>
/// <param name="Region">The trabecular region it comes from.</param>
public sealed record VertebraTruth(string Label, double ZMm, double TrabecularMgHaPerCm3, string Region);

/// <summary>The ground truth of a phantom: every region and every vertebra.</summary>
/// <param name="Phantom">Phantom name.</param>
/// <param name="Regions">Regions with their truth.</param>
/// <param name="Vertebrae">Vertebral levels with their trabecular truth.</param>
public sealed record PhantomTruth(string Phantom, IReadOnlyList<RegionTruth> Regions, IReadOnlyList<VertebraTruth> Vertebrae)
{
    /// <summary>
    /// Computes the truth. Volumes integrate the exact sections: z by <see cref="ZQuadrature"/>
    /// (exact for prisms), y by the midpoint rule on lines <paramref name="rowSpacingMm"/> apart,
    /// x exactly.
    /// </summary>
    public static PhantomTruth Of(Phantom phantom, double rowSpacingMm = 0.05)
    {
        var volumes = RegionVolumesMm3(phantom, rowSpacingMm);
        var regions = phantom.Regions.Select((r, i) => new RegionTruth(r.Name, r.MaterialSpec, r.MineralDensityMgHaPerCm3, r.DensityGPerCm3, volumes[i] / 1000.0)).ToArray();
        var vertebrae = new List<VertebraTruth>();
        foreach (var level in phantom.Levels.Where(l => l.IsVertebra))
        {
            string name = level.Label + "-trabecular";
            int index = phantom.RegionIndex(name);
            if (index < 0)
            {
                throw new InputException($"phantom '{phantom.Name}': vertebral level {level.Label} has no region '{name}'");
            }

            vertebrae.Add(new VertebraTruth(level.Label, level.ZMm, phantom.Regions[index].MineralDensityMgHaPerCm3, name));
        }

        return new PhantomTruth(phantom.Name, regions, vertebrae);
    }

    /// <summary>Visible volume of each region, mm³.</summary>
    public static double[] RegionVolumesMm3(Phantom phantom, double rowSpacingMm)
    {
        var volumes = new double[phantom.Regions.Count];
        double length = phantom.ZMaxMm - phantom.ZMinMm;
        foreach (var (z, weight) in ZQuadrature.Planes(phantom, phantom.ZMinMm, phantom.ZMaxMm))
        {
            var areas = RegionAreasMm2(phantom.SectionAt(z), rowSpacingMm);
            for (int r = 0; r < volumes.Length; r++)
            {
                volumes[r] += areas[r] * weight * length;
            }
        }

        return volumes;
    }

    /// <summary>Area of each region on a section, mm², by lines along x every <paramref name="rowSpacingMm"/> in y.</summary>
    public static double[] RegionAreasMm2(PhantomSection section, double rowSpacingMm)
    {
        var areas = new double[section.RegionCount];
        if (section.ShapeCount == 0)
        {
            return areas;
        }

        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var (shape, _) in section.Items)
        {
            var b = shape.Bounds;
            (x0, y0, x1, y1) = (Math.Min(x0, b.XMin), Math.Min(y0, b.YMin), Math.Max(x1, b.XMax), Math.Max(y1, b.YMax));
        }

        int rows = (int)Math.Ceiling((y1 - y0) / rowSpacingMm);
        var spans = new RegionSpan[section.MaxSpans];
        var lengths = new double[section.RegionCount];
        for (int j = 0; j < rows; j++)
        {
            double y = y0 + (j + 0.5) * rowSpacingMm;
            section.AccumulateLengths(new Line2D(x0 - 1, y, 1, 0), 0, x1 - x0 + 2, spans, lengths);
        }

        for (int r = 0; r < areas.Length; r++)
        {
            areas[r] = lengths[r] * rowSpacingMm;
        }

        return areas;
    }
}
