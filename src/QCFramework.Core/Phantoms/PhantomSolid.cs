using QCFramework.Phantoms.Geometry;

namespace QCFramework.Phantoms;

/// <summary>
/// One solid of a phantom: its geometry, the region it belongs to and that region's material.
/// Later solids replace earlier ones where they overlap (precedence by order).
/// </summary>
/// <param name="Region">Region name, e.g. "L2-trabecular", "rod-ha-200", "body".</param>
/// <param name="MaterialSpec">A material specification (see <c>MaterialLibrary.Resolve</c>).</param>
/// <param name="Enhancement">Which compartment takes up iodinated contrast (see <see cref="Enhancement"/>).</param>
/// <param name="Geometry">The shape.</param>
public sealed record PhantomSolid(string Region, string MaterialSpec, Enhancement Enhancement, SolidGeometry Geometry);

/// <summary>The compartment a tissue belongs to for contrast enhancement.</summary>
public enum Enhancement
{
    /// <summary>Takes up no contrast (phantom plastics, fat, air, cortical bone, CSF).</summary>
    None,

    /// <summary>Vascular blood (aorta, IVC, basivertebral vein).</summary>
    Blood,

    /// <summary>Vertebral marrow (the trabecular compartment).</summary>
    Marrow,

    /// <summary>Skeletal muscle.</summary>
    Muscle,

    /// <summary>Solid organs (liver, kidney, spleen).</summary>
    Organ,
}
