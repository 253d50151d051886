namespace QCFramework.Phantoms.Geometry;

/// <summary>
/// A solid's shape in 3D (mm; x to the patient's left, y posterior, z superior, as DICOM's patient
/// coordinates). Solids are right prisms along z or bodies of revolution about z, with any
/// in-plane rotation, so every axial section is an exact 2D shape.
/// </summary>
public abstract class SolidGeometry
{
    /// <summary>Lowest z of the solid, mm.</summary>
    public abstract double ZMinMm { get; }

    /// <summary>Highest z of the solid, mm.</summary>
    public abstract double ZMaxMm { get; }

    /// <summary>Volume of the solid alone, mm³.</summary>
    public abstract double VolumeMm3 { get; }

    /// <summary>True when the axial section changes with z (ellipsoids, tori), so slabs need several planes.</summary>
    public abstract bool VariesAlongZ { get; }

    /// <summary>The section at <paramref name="zMm"/>, or null when the plane misses the solid (z in [ZMin, ZMax)).</summary>
    public abstract Shape2D? SectionAt(double zMm);
}

/// <summary>A 2D shape extruded along z: cylinders, superelliptic prisms, boxes, shells.</summary>
public sealed class Prism(Shape2D section, double zMinMm, double zMaxMm) : SolidGeometry
{
    /// <summary>The constant section.</summary>
    public Shape2D Section { get; } = section;

    /// <inheritdoc />
    public override double ZMinMm { get; } = zMinMm;

    /// <inheritdoc />
    public override double ZMaxMm { get; } = zMaxMm;

    /// <inheritdoc />
    public override double VolumeMm3 => Section.AreaMm2 * (ZMaxMm - ZMinMm);

    /// <inheritdoc />
    public override bool VariesAlongZ => false;

    /// <inheritdoc />
    public override Shape2D? SectionAt(double zMm) => zMm >= ZMinMm && zMm < ZMaxMm ? Section : null;
}

/// <summary>An ellipsoid with semi-axes A, B (in-plane, rotated) and C (along z).</summary>
public sealed class Ellipsoid : SolidGeometry
{
    /// <summary>Creates the ellipsoid.</summary>
    public Ellipsoid(double centerXMm, double centerYMm, double centerZMm, double aMm, double bMm, double cMm, double rotationDeg)
    {
        if (!(aMm > 0 && bMm > 0 && cMm > 0))
        {
            throw new InputException($"ellipsoid semi-axes must be positive (got {aMm}, {bMm}, {cMm} mm)");
        }

        (CenterXMm, CenterYMm, CenterZMm, AMm, BMm, CMm, RotationDeg) = (centerXMm, centerYMm, centerZMm, aMm, bMm, cMm, rotationDeg);
    }

    /// <summary>Centre x, mm.</summary>
    public double CenterXMm { get; }

    /// <summary>Centre y, mm.</summary>
    public double CenterYMm { get; }

    /// <summary>Centre z, mm.</summary>
    public double CenterZMm { get; }

    /// <summary>In-plane semi-axis A, mm.</summary>
    public double AMm { get; }

    /// <summary>In-plane semi-axis B, mm.</summary>
    public double BMm { get; }

    /// <summary>Semi-axis along z, mm.</summary>
    public double CMm { get; }

    /// <summary>In-plane rotation, degrees.</summary>
    public double RotationDeg { get; }

    /// <inheritdoc />
    public override double ZMinMm => CenterZMm - CMm;

    /// <inheritdoc />
    public override double ZMaxMm => CenterZMm + CMm;

    /// <inheritdoc />
    public override double VolumeMm3 => 4.0 / 3.0 * Math.PI * AMm * BMm * CMm;

    /// <inheritdoc />
    public override bool VariesAlongZ => true;

    /// <inheritdoc />
    public override Shape2D? SectionAt(double zMm)
    {
        double u = (zMm - CenterZMm) / CMm;
        double s2 = 1 - u * u;
        if (s2 <= 0)
        {
            return null;
        }

        double s = Math.Sqrt(s2);
        return new Ellipse2D(CenterXMm, CenterYMm, AMm * s, BMm * s, RotationDeg);
    }
}

/// <summary>A torus about the z axis: a tube of radius r whose centre line is a circle of radius R.</summary>
public sealed class Torus : SolidGeometry
{
    /// <summary>Creates the torus (R &gt; r).</summary>
    public Torus(double centerXMm, double centerYMm, double centerZMm, double majorRadiusMm, double minorRadiusMm)
    {
        if (!(minorRadiusMm > 0 && majorRadiusMm > minorRadiusMm))
        {
            throw new InputException($"torus needs 0 < minor radius < major radius (got R = {majorRadiusMm}, r = {minorRadiusMm} mm)");
        }

        (CenterXMm, CenterYMm, CenterZMm, MajorRadiusMm, MinorRadiusMm) = (centerXMm, centerYMm, centerZMm, majorRadiusMm, minorRadiusMm);
    }

    /// <summary>Centre x, mm.</summary>
    public double CenterXMm { get; }

    /// <summary>Centre y, mm.</summary>
    public double CenterYMm { get; }

    /// <summary>Centre z, mm.</summary>
    public double CenterZMm { get; }

    /// <summary>Radius of the centre circle, mm.</summary>
    public double MajorRadiusMm { get; }

    /// <summary>Radius of the tube, mm.</summary>
    public double MinorRadiusMm { get; }

    /// <inheritdoc />
    public override double ZMinMm => CenterZMm - MinorRadiusMm;

    /// <inheritdoc />
    public override double ZMaxMm => CenterZMm + MinorRadiusMm;

    /// <inheritdoc />
    public override double VolumeMm3 => 2 * Math.PI * Math.PI * MajorRadiusMm * MinorRadiusMm * MinorRadiusMm;

    /// <inheritdoc />
    public override bool VariesAlongZ => true;

    /// <inheritdoc />
    public override Shape2D? SectionAt(double zMm)
    {
        double dz = zMm - CenterZMm;
        double w2 = MinorRadiusMm * MinorRadiusMm - dz * dz;
        if (w2 <= 0)
        {
            return null;
        }

        double w = Math.Sqrt(w2);
        return new Annulus2D(
            new Ellipse2D(CenterXMm, CenterYMm, MajorRadiusMm + w, MajorRadiusMm + w),
            new Ellipse2D(CenterXMm, CenterYMm, MajorRadiusMm - w, MajorRadiusMm - w));
    }
}
