using System.Text.RegularExpressions;
using QCFramework.IO.Yaml;
using QCFramework.Phantoms;
using QCFramework.Phantoms.Geometry;
using QCFramework.Physics;
using YamlDotNet.RepresentationModel;

namespace QCFramework.IO.Phantoms;

/// <summary>
/// Loads a phantom definition (YAML under phantoms/) into a <see cref="Phantom"/>. See
/// phantoms/README.md for the format: parameters with expressions, solids composed by precedence,
/// measurement levels, <c>extends</c> (a variant of another file with other parameter values) and
/// <c>include</c> (other phantoms placed in the same scan). Every schema error names the file, the
/// line and the field.
/// </summary>
public static partial class PhantomFile
{
    private static readonly string[] TopKeys = ["name", "description", "citation", "extends", "parameters", "levels", "solids", "include", "certificate"];
    private static readonly string[] CertificateKeys = ["kind", "rods"];
    private static readonly string[] RodKeys = ["region", "haMgPerCm3", "k2hpo4MgPerCm3", "waterMgPerCm3"];
    private static readonly string[] SolidKeys =
    [
        "region", "material", "shape", "centerMm", "semiAxesMm", "innerSemiAxesMm", "exponent", "sizeMm", "innerSizeMm",
        "lengthMm", "zRangeMm", "rotationDeg", "majorRadiusMm", "minorRadiusMm", "enhancement", "when", "note",
    ];

    private static readonly string[] LevelKeys = ["label", "zMm", "vertebra"];
    private static readonly string[] IncludeKeys = ["file", "offsetMm", "parameters"];
    private static readonly string[] Shapes = ["ellipse", "superellipse", "box", "ellipsoid", "torus"];

    /// <summary>Loads a phantom file, with optional parameter overrides (name → value text).</summary>
    public static Phantom Load(string path, IReadOnlyDictionary<string, string>? overrides = null) =>
        Identify(Load(path, overrides, (0, 0, 0), []), path, overrides, (0, 0, 0));

    /// <summary>Loads a phantom file moved by <paramref name="offsetMm"/> (x, y, z).</summary>
    public static Phantom LoadPlaced(string path, (double X, double Y, double Z) offsetMm) =>
        Identify(Load(path, null, offsetMm, []), path, null, offsetMm);

    // The identity: a hash of the file and what it extends and includes (by content), the overrides and the placement.
    private static Phantom Identify(Phantom phantom, string path, IReadOnlyDictionary<string, string>? overrides, (double X, double Y, double Z) offset)
    {
        var text = new System.Text.StringBuilder();
        foreach (string file in ReferencedFiles(path, []).Order(StringComparer.Ordinal))
        {
            text.Append(file).Append('=').Append(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))).Append(';');
        }

        foreach (var (k, v) in overrides ?? new Dictionary<string, string>())
        {
            text.Append(k).Append(':').Append(v).Append(';');
        }

        text.Append(System.FormattableString.Invariant($"@{offset.X},{offset.Y},{offset.Z}"));
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        return new Phantom(phantom.Name, phantom.Description, phantom.Citation, phantom.Solids, phantom.Levels, phantom.Certificate) { Identity = hash };
    }

    // The file and every file it extends or includes, recursively.
    private static HashSet<string> ReferencedFiles(string path, HashSet<string> seen)
    {
        string full = Path.GetFullPath(path);
        if (!seen.Add(full))
        {
            return seen;
        }

        var doc = YamlFile.Load(full);
        if (YamlFile.Child(doc.Root, "extends") is YamlScalarNode ext && ext.Value is { } e)
        {
            ReferencedFiles(ResolveRelative(full, e), seen);
        }

        if (YamlFile.Child(doc.Root, "include") is YamlSequenceNode includes)
        {
            foreach (var item in includes.Children.OfType<YamlMappingNode>())
            {
                if (YamlFile.Child(item, "file") is YamlScalarNode f && f.Value is { } value && !value.Contains("${", StringComparison.Ordinal))
                {
                    ReferencedFiles(ResolveRelative(full, value), seen);
                }
            }
        }

        return seen;
    }

    /// <summary>The parameters a file declares (after <c>extends</c>), with their default values as text.</summary>
    public static IReadOnlyList<(string Name, string Value)> DeclaredParameters(string path)
    {
        var chain = Chain(path, []);
        var definitions = CollectParameters(chain, null);
        return definitions.Select(d => (d.Key, d.Value.Text)).ToArray();
    }

    private static Phantom Load(string path, IReadOnlyDictionary<string, string>? overrides, (double X, double Y, double Z) offset, HashSet<string> including)
    {
        string full = Path.GetFullPath(path);
        if (!including.Add(full))
        {
            throw new InputException($"{path}: includes itself (through include or extends)");
        }

        var chain = Chain(path, []);
        var scope = new ParameterScope();
        foreach (var (name, definition) in CollectParameters(chain, overrides))
        {
            scope.Define(definition.Doc, definition.Node, $"parameters.{name}", name, definition.Text);
        }

        var top = chain[^1];
        string phantomName = TextField(top, scope, "name") ?? Path.GetFileNameWithoutExtension(path);
        string description = chain.Select(d => TextField(d, scope, "description")).LastOrDefault(t => t is not null) ?? "";
        string citation = chain.Select(d => TextField(d, scope, "citation")).LastOrDefault(t => t is not null) ?? "";

        var solids = new List<PhantomSolid>();
        foreach (var doc in chain)
        {
            if (YamlFile.Child(doc.Root, "solids") is { } node)
            {
                var items = doc.Sequence(node, "solids");
                for (int i = 0; i < items.Count; i++)
                {
                    var solid = ReadSolid(doc, scope, items[i], $"solids[{i}]", offset);
                    if (solid is not null)
                    {
                        solids.Add(solid);
                    }
                }
            }
        }

        var levelsDoc = chain.LastOrDefault(d => YamlFile.Child(d.Root, "levels") is not null);
        var levels = levelsDoc is null ? new List<MeasurementLevel>() : ReadLevels(levelsDoc, scope, offset);

        var certificateDoc = chain.LastOrDefault(d => YamlFile.Child(d.Root, "certificate") is not null);
        var certificate = certificateDoc is null ? null : ReadCertificate(certificateDoc, scope, phantomName);
        var parts = new List<Phantom>();
        if (solids.Count > 0)
        {
            parts.Add(Create(top, phantomName, description, citation, solids, levels, certificate));
        }

        foreach (var doc in chain)
        {
            if (YamlFile.Child(doc.Root, "include") is not { } includeNode)
            {
                continue;
            }

            var items = doc.Sequence(includeNode, "include");
            for (int i = 0; i < items.Count; i++)
            {
                string field = $"include[{i}]";
                var map = doc.Mapping(items[i], field);
                doc.CheckKeys(map, field, IncludeKeys);
                var fileNode = YamlFile.Child(map, "file") ?? throw doc.Error(map, field + ".file", "missing: the phantom file to include");
                string file = ResolveRelative(doc.Path, scope.Text(doc, fileNode, field + ".file"));
                if (!File.Exists(file))
                {
                    throw doc.Error(fileNode, field + ".file", $"'{file}' not found");
                }

                var includeOffset = YamlFile.Child(map, "offsetMm") is { } o
                    ? scope.NumberList(doc, o, field + ".offsetMm", 3, "[x, y, z] in mm")
                    : [0.0, 0.0, 0.0];
                var includeOverrides = new Dictionary<string, string>(StringComparer.Ordinal);
                if (YamlFile.Child(map, "parameters") is { } p)
                {
                    foreach (var (key, value) in doc.Mapping(p, field + ".parameters").Children)
                    {
                        string name = doc.Scalar(key, field + ".parameters");
                        includeOverrides[name] = scope.Text(doc, value, $"{field}.parameters.{name}");
                    }
                }

                parts.Add(Load(file, includeOverrides, (offset.X + includeOffset[0], offset.Y + includeOffset[1], offset.Z + includeOffset[2]), including));
            }
        }

        including.Remove(full);
        if (parts.Count == 0)
        {
            throw top.Error(top.Root, "solids", "the phantom has no solids and includes nothing");
        }

        if (parts.Count == 1)
        {
            return parts[0].Name == phantomName ? parts[0] : Rename(parts[0], phantomName, description, citation, levels);
        }

        var combined = Phantom.Combine(parts);
        var allLevels = levels.Concat(combined.Levels).GroupBy(l => l.Label).Select(g => g.First()).ToArray();
        return new Phantom(phantomName, description.Length > 0 ? description : combined.Description,
            citation.Length > 0 ? citation : combined.Citation, combined.Solids, allLevels, combined.Certificate);
    }

    private static Phantom Rename(Phantom p, string name, string description, string citation, List<MeasurementLevel> levels) =>
        new(name, description.Length > 0 ? description : p.Description, citation.Length > 0 ? citation : p.Citation,
            p.Solids, levels.Concat(p.Levels).GroupBy(l => l.Label).Select(g => g.First()).ToArray(), p.Certificate);

    private static Phantom Create(YamlFile doc, string name, string description, string citation, List<PhantomSolid> solids, List<MeasurementLevel> levels,
        CalibrationCertificate? certificate)
    {
        try
        {
            var phantom = new Phantom(name, description, citation, solids, levels, certificate);
            foreach (var rod in certificate?.Rods ?? [])
            {
                if (phantom.RegionIndex(rod.Region) < 0)
                {
                    throw new InputException($"certificate rod '{rod.Region}' is not a region of the phantom");
                }
            }

            return phantom;
        }
        catch (InputException ex)
        {
            throw new InputException($"{doc.Path}: {ex.Message}");
        }
    }

    // The file and the files it extends, base first.
    private static List<YamlFile> Chain(string path, HashSet<string> seen)
    {
        string full = Path.GetFullPath(path);
        if (!seen.Add(full))
        {
            throw new InputException($"{path}: 'extends' loops back to itself");
        }

        var doc = YamlFile.Load(path);
        doc.CheckKeys(doc.Root, "", TopKeys);
        var chain = new List<YamlFile>();
        if (YamlFile.Child(doc.Root, "extends") is { } ext)
        {
            string basePath = ResolveRelative(path, doc.Scalar(ext, "extends"));
            if (!File.Exists(basePath))
            {
                throw doc.Error(ext, "extends", $"'{basePath}' not found");
            }

            chain.AddRange(Chain(basePath, seen));
        }

        chain.Add(doc);
        return chain;
    }

    private sealed record ParameterDefinition(YamlFile Doc, YamlNode Node, string Text);

    // Definitions in first-declared order; later files (and overrides) replace the text in place.
    private static List<KeyValuePair<string, ParameterDefinition>> CollectParameters(List<YamlFile> chain, IReadOnlyDictionary<string, string>? overrides)
    {
        var order = new List<string>();
        var definitions = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        foreach (var doc in chain)
        {
            if (YamlFile.Child(doc.Root, "parameters") is not { } node)
            {
                continue;
            }

            foreach (var (key, value) in doc.Mapping(node, "parameters").Children)
            {
                string name = doc.Scalar(key, "parameters");
                if (!ParameterScope.IsIdentifier(name))
                {
                    throw doc.Error(key, $"parameters.{name}", "parameter names are letters, digits and '_' and start with a letter");
                }

                if (!definitions.ContainsKey(name))
                {
                    order.Add(name);
                }

                definitions[name] = new ParameterDefinition(doc, value, doc.Scalar(value, $"parameters.{name}"));
            }
        }

        if (overrides is not null)
        {
            var top = chain[^1];
            foreach (var (name, text) in overrides)
            {
                if (!definitions.TryGetValue(name, out var existing))
                {
                    string known = string.Join(", ", order);
                    throw new InputException($"{top.Path}: parameter '{name}' is not declared (declared: {known})");
                }

                definitions[name] = existing with { Text = text };
            }
        }

        return order.Select(n => new KeyValuePair<string, ParameterDefinition>(n, definitions[n])).ToList();
    }

    private static string? TextField(YamlFile doc, ParameterScope scope, string key) =>
        YamlFile.Child(doc.Root, key) is { } node ? scope.Text(doc, node, key) : null;

    private static CalibrationCertificate ReadCertificate(YamlFile doc, ParameterScope scope, string phantomName)
    {
        var map = doc.Mapping(YamlFile.Child(doc.Root, "certificate")!, "certificate");
        doc.CheckKeys(map, "certificate", CertificateKeys);
        var kindNode = YamlFile.Child(map, "kind") ?? throw doc.Error(map, "certificate.kind", "missing: ha or k2hpo4");
        string kindText = doc.Scalar(kindNode, "certificate.kind");
        var kind = kindText switch
        {
            "ha" => CertificateKind.Hydroxyapatite,
            "k2hpo4" => CertificateKind.K2hpo4Water,
            _ => throw doc.Error(kindNode, "certificate.kind", $"'{kindText}' is not ha or k2hpo4"),
        };
        var rodsNode = YamlFile.Child(map, "rods") ?? throw doc.Error(map, "certificate.rods", "missing: the rods in increasing x");
        var items = doc.Sequence(rodsNode, "certificate.rods");
        var rods = new List<CertificateRod>();
        for (int i = 0; i < items.Count; i++)
        {
            string field = $"certificate.rods[{i}]";
            var rod = doc.Mapping(items[i], field);
            doc.CheckKeys(rod, field, RodKeys);
            double? Value(string key) => YamlFile.Child(rod, key) is { } n ? scope.Number(doc, n, $"{field}.{key}") : null;
            var regionNode = YamlFile.Child(rod, "region") ?? throw doc.Error(rod, field + ".region", "missing: the rod's region name");
            var entry = new CertificateRod(scope.Text(doc, regionNode, field + ".region"), Value("haMgPerCm3"), Value("k2hpo4MgPerCm3"), Value("waterMgPerCm3"));
            bool complete = kind == CertificateKind.Hydroxyapatite ? entry.HaMgPerCm3 is not null : entry.K2hpo4MgPerCm3 is not null && entry.WaterMgPerCm3 is not null;
            if (!complete)
            {
                throw doc.Error(rod, field, kind == CertificateKind.Hydroxyapatite ? "an HA certificate rod needs haMgPerCm3" : "a K2HPO4 certificate rod needs k2hpo4MgPerCm3 and waterMgPerCm3");
            }

            rods.Add(entry);
        }

        return new CalibrationCertificate(phantomName, kind, rods);
    }

    private static List<MeasurementLevel> ReadLevels(YamlFile doc, ParameterScope scope, (double X, double Y, double Z) offset)
    {
        var result = new List<MeasurementLevel>();
        var items = doc.Sequence(YamlFile.Child(doc.Root, "levels")!, "levels");
        for (int i = 0; i < items.Count; i++)
        {
            string field = $"levels[{i}]";
            var map = doc.Mapping(items[i], field);
            doc.CheckKeys(map, field, LevelKeys);
            var labelNode = YamlFile.Child(map, "label") ?? throw doc.Error(map, field + ".label", "missing: a level label such as L1");
            var zNode = YamlFile.Child(map, "zMm") ?? throw doc.Error(map, field + ".zMm", "missing: the level's z in mm");
            string label = scope.Text(doc, labelNode, field + ".label");
            double z = scope.Number(doc, zNode, field + ".zMm") + offset.Z;
            bool vertebra = YamlFile.Child(map, "vertebra") is { } v
                ? scope.Number(doc, v, field + ".vertebra") != 0
                : VertebraLabel().IsMatch(label);
            if (result.Any(l => l.Label == label))
            {
                throw doc.Error(labelNode, field + ".label", $"level '{label}' is given twice");
            }

            result.Add(new MeasurementLevel(label, z, vertebra));
        }

        return result;
    }

    private static PhantomSolid? ReadSolid(YamlFile doc, ParameterScope scope, YamlNode node, string field, (double X, double Y, double Z) offset)
    {
        var map = doc.Mapping(node, field);
        doc.CheckKeys(map, field, SolidKeys);
        YamlNode Required(string key, string what) => YamlFile.Child(map, key) ?? throw doc.Error(map, $"{field}.{key}", $"missing: {what}");
        YamlNode? Optional(string key) => YamlFile.Child(map, key);

        if (Optional("when") is { } when && scope.Number(doc, when, field + ".when") == 0)
        {
            return null;
        }

        string region = scope.Text(doc, Required("region", "the region name"), field + ".region");
        var materialNode = Required("material", "a material such as water or ha-in-resin:100 (see `qcf materials`)");
        string material = scope.Text(doc, materialNode, field + ".material");
        try
        {
            MaterialLibrary.Default.Resolve(material);
        }
        catch (InputException ex)
        {
            throw doc.Error(materialNode, field + ".material", ex.Message);
        }

        var shapeNode = Required("shape", $"one of {string.Join(", ", Shapes)}");
        string shape = doc.Scalar(shapeNode, field + ".shape");
        if (!Shapes.Contains(shape))
        {
            throw doc.Error(shapeNode, field + ".shape", $"unknown shape '{shape}'; expected one of {string.Join(", ", Shapes)}");
        }

        var center = Optional("centerMm") is { } c ? scope.NumberList(doc, c, field + ".centerMm", 3, "[x, y, z] in mm") : [0.0, 0.0, 0.0];
        double cx = center[0] + offset.X, cy = center[1] + offset.Y, cz = center[2] + offset.Z;
        double rotation = Optional("rotationDeg") is { } r ? scope.Number(doc, r, field + ".rotationDeg") : 0;
        var enhancement = Enhancement.None;
        if (Optional("enhancement") is { } e)
        {
            string text = doc.Scalar(e, field + ".enhancement");
            if (!Enum.TryParse(text, ignoreCase: true, out enhancement))
            {
                throw doc.Error(e, field + ".enhancement", $"'{text}' is not one of none, blood, marrow, muscle, organ");
            }
        }

        (double Z0, double Z1) ZRange()
        {
            if (Optional("zRangeMm") is { } zr)
            {
                var z = scope.NumberList(doc, zr, field + ".zRangeMm", 2, "[zMin, zMax] in mm");
                if (!(z[1] > z[0]))
                {
                    throw doc.Error(zr, field + ".zRangeMm", "zMax must exceed zMin");
                }

                return (z[0] + offset.Z, z[1] + offset.Z);
            }

            var lengthNode = Required("lengthMm", "the extent along z in mm (or zRangeMm)");
            double length = scope.Number(doc, lengthNode, field + ".lengthMm");
            if (!(length > 0))
            {
                throw doc.Error(lengthNode, field + ".lengthMm", "must be positive");
            }

            return (cz - length / 2, cz + length / 2);
        }

        double[] Positive(string key, int count, string meaning)
        {
            var n = Required(key, $"{count} positive numbers {meaning}");
            var values = scope.NumberList(doc, n, $"{field}.{key}", count, meaning);
            if (values.Any(v => !(v > 0)))
            {
                throw doc.Error(n, $"{field}.{key}", $"expected {count} positive numbers {meaning}");
            }

            return values;
        }

        try
        {
            SolidGeometry geometry;
            switch (shape)
            {
                case "ellipse" or "superellipse":
                {
                    var axes = Positive("semiAxesMm", 2, "[a, b] in mm");
                    double n = shape == "superellipse" ? scope.Number(doc, Required("exponent", "the superellipse exponent (≥ 1)"), field + ".exponent") : 2;
                    Shape2D Make(double a, double b) => shape == "ellipse" ? new Ellipse2D(cx, cy, a, b, rotation) : new Superellipse2D(cx, cy, a, b, n, rotation);
                    Shape2D section = Make(axes[0], axes[1]);
                    if (Optional("innerSemiAxesMm") is not null)
                    {
                        var inner = Positive("innerSemiAxesMm", 2, "[a, b] in mm");
                        if (inner[0] >= axes[0] || inner[1] >= axes[1])
                        {
                            throw doc.Error(Optional("innerSemiAxesMm")!, field + ".innerSemiAxesMm", "the hole must be smaller than the outer semi-axes");
                        }

                        section = new Annulus2D(section, Make(inner[0], inner[1]));
                    }

                    var (z0, z1) = ZRange();
                    geometry = new Prism(section, z0, z1);
                    break;
                }

                case "box":
                {
                    var size = Positive("sizeMm", 2, "[width, height] in mm");
                    Shape2D section = new Rectangle2D(cx, cy, size[0], size[1], rotation);
                    if (Optional("innerSizeMm") is not null)
                    {
                        var inner = Positive("innerSizeMm", 2, "[width, height] in mm");
                        section = new Annulus2D(section, new Rectangle2D(cx, cy, inner[0], inner[1], rotation));
                    }

                    var (z0, z1) = ZRange();
                    geometry = new Prism(section, z0, z1);
                    break;
                }

                case "ellipsoid":
                {
                    var axes = Positive("semiAxesMm", 3, "[a, b, c] in mm");
                    geometry = new Ellipsoid(cx, cy, cz, axes[0], axes[1], axes[2], rotation);
                    break;
                }

                default:
                {
                    double major = scope.Number(doc, Required("majorRadiusMm", "the torus radius in mm"), field + ".majorRadiusMm");
                    double minor = scope.Number(doc, Required("minorRadiusMm", "the tube radius in mm"), field + ".minorRadiusMm");
                    geometry = new Torus(cx, cy, cz, major, minor);
                    break;
                }
            }

            return new PhantomSolid(region, material, enhancement, geometry);
        }
        catch (InputException ex) when (!ex.Message.StartsWith(doc.Path, StringComparison.Ordinal))
        {
            throw doc.Error(map, field, ex.Message);
        }
    }

    private static string ResolveRelative(string fromFile, string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fromFile)) ?? ".", path);

    [GeneratedRegex(@"^[CTLS][0-9]{1,2}$")]
    private static partial Regex VertebraLabel();
}
