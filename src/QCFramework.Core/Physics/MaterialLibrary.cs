using System.Collections.Concurrent;
using System.Globalization;

namespace QCFramework.Physics;

/// <summary>
/// The named materials of the framework and the parser for material specifications such as
/// <c>ha-in-resin:200</c>, <c>marrow:0.6</c> or <c>blood+iodine:5</c>. Compositions come from the
/// reference data (NIST/xraylib, ICRU 46 via XCIST, mineral standards); nothing is typed into code.
/// </summary>
/// <remarks>
/// Specification grammar: <c>NAME[:P1[:P2]][+iodine:C]</c>.
/// <list type="bullet">
/// <item><c>ha-in-water:C</c>, <c>ha-in-resin:C</c>, <c>k2hpo4-in-water:C</c>: C mg of mineral per cm³, dispersed with
/// volume displacement at its crystalline density (<see cref="Mixtures.SoluteWithDisplacement"/>).</item>
/// <item><c>iodine-in-water:C</c>, <c>iodinated-blood:C</c>, any <c>…+iodine:C</c>: C mg I/mL added without
/// displacement (<see cref="Mixtures.SoluteWithoutDisplacement"/>).</item>
/// <item><c>marrow:F</c>: red and yellow marrow (ICRU 46) mixed by mass, F the fat (yellow) mass fraction,
/// density from additive volumes.</item>
/// <item><c>trabecular-bone:C:F</c>: bone tissue (ICRU 46 adult cortical bone) at the volume fraction that holds
/// C mg HA/cm³, the rest <c>marrow:F</c>. The HA equivalence counts calcium: ICRU 46 bone holds its Ca and P in
/// hydroxyapatite's ratio, 1.083 g HA per cm³ of bone tissue.</item>
/// <item><c>mindways-rod:K:W</c>: K mg K2HPO4 and W mg water per cm³ as partial densities, the two-component
/// equivalence in which Mindways certificates state their rods (K may be negative).</item>
/// <item><c>element:SYMBOL</c>: a pure element at its natural density.</item>
/// <item><c>formula:FORMULA:DENSITY</c>: a compound by chemical formula (standard atomic weights) at a density in g/cm³.</item>
/// </list>
/// </remarks>
public sealed class MaterialLibrary
{
    private const string NistFile = "materials/nist_compounds_xraylib.csv";
    private const string MineralFile = "materials/mineral_standards_xraylib.csv";
    private const string MarrowFile = "materials/icru46_marrow.csv";

    private static readonly Lazy<MaterialLibrary> LazyDefault = new(() => new MaterialLibrary(AttenuationData.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] ParametricNames =
    [
        "ha-in-water", "ha-in-resin", "k2hpo4-in-water", "iodine-in-water", "iodinated-blood",
        "marrow", "trabecular-bone", "mindways-rod", "element", "formula",
    ];

    private readonly AttenuationData _data;
    private readonly Dictionary<string, Material> _named = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Material> _resolved = new(StringComparer.Ordinal);

    private MaterialLibrary(AttenuationData data)
    {
        _data = data;
        var nist = LoadMassFractionTable(NistFile, nameColumn: 0, densityColumn: 1, zColumn: 2, fractionColumn: 3);
        var minerals = LoadMassFractionTable(MineralFile, nameColumn: 0, densityColumn: 2, zColumn: 3, fractionColumn: 4);
        var marrow = LoadMassFractionTable(MarrowFile, nameColumn: 0, densityColumn: 1, zColumn: 2, fractionColumn: 3);

        void Add(string name, Material material) => _named[name] = material.WithName(name);
        Material Nist(string key, string what) => Described(nist[key], $"{what}: NIST '{key}' composition and density (xraylib 4.0.0)");
        Material Xcist(string file, string what) => Described(LoadXcistMaterial(file), $"{what}: {XcistSource(file)} (XCIST, materials/{file})");

        Add("water", Nist("Water, Liquid", "Liquid water"));
        Add("air", Nist("Air, Dry (near sea level)", "Dry air near sea level"));
        Add("pmma", Nist("Polymethyl Methacralate (Lucite, Perspex)", "PMMA (Lucite, Perspex)"));
        Add("polyethylene", Nist("Polyethylene", "Polyethylene"));
        Add("polystyrene", Nist("Polystyrene", "Polystyrene"));
        Add("adipose", Nist("Adipose Tissue (ICRP)", "Adipose tissue (ICRP)"));
        Add("muscle", Nist("Muscle, Skeletal", "Skeletal muscle (ICRP)"));
        Add("blood", Nist("Blood (ICRP)", "Whole blood (ICRP)"));
        Add("cortical-bone-icrp", Nist("Bone, Cortical (ICRP)", "Cortical bone (ICRP)"));
        Add("soft-tissue", Nist("Tissue, Soft (ICRP)", "Soft tissue (ICRP)"));
        Add("lung-tissue", Nist("Lung (ICRP)", "Lung tissue, uninflated (ICRP)"));
        Add("b100-bone-plastic", Nist("B-100 Bone-Equivalent Plastic", "B-100 bone-equivalent plastic"));
        Add("a150-plastic", Nist("A-150 Tissue-Equivalent Plastic", "A-150 tissue-equivalent plastic"));
        Add("calcium-carbonate", Nist("Calcium Carbonate", "Calcium carbonate"));
        Add("cortical-bone", Xcist("ICRU_skeleton_cortical_bone_adult.txt", "Adult cortical bone (ICRU 46)"));
        Add("lung", Xcist("ICRU_lung_adult_healthy.txt", "Inflated healthy adult lung (ICRU 46)"));
        Add("liver", Xcist("ICRU_liver_adult.txt", "Adult liver (ICRU 46)"));
        Add("skin", Xcist("ICRU_skin_adult.txt", "Adult skin (ICRU 46)"));
        Add("adipose-icru", Xcist("ICRU_adipose_adult2.txt", "Adult adipose tissue 2 (ICRU 46)"));
        Add("muscle-icru", Xcist("ICRU_muscle_adult.txt", "Adult skeletal muscle (ICRU 46)"));
        Add("water-equivalent-resin", Xcist("CIRS_plastic_water_LR.txt",
            "Water-equivalent resin, modelled as CIRS Plastic Water LR (the ESP's own resin formulation is not published)"));
        Add("cirs-adipose", Xcist("CIRS_adipose_adult2.txt", "CIRS adipose-equivalent resin"));
        Add("cirs-bone", Xcist("CIRS_bone_adult_and_15yo.txt", "CIRS bone-equivalent resin"));
        Add("red-marrow", Described(marrow["red marrow"], "Red (haematopoietic) marrow, ICRU 46"));
        Add("yellow-marrow", Described(marrow["yellow marrow"], "Yellow (fatty) marrow, ICRU 46"));
        Add("hydroxyapatite", Described(minerals["hydroxyapatite"], "Hydroxyapatite Ca10(PO4)6(OH)2, crystalline density"));
        Add("k2hpo4", Described(minerals["dipotassium hydrogen phosphate"], "Dipotassium hydrogen phosphate K2HPO4, crystalline density"));
        Add("triglyceride", Described(minerals["triglyceride (triolein)"], "Triglyceride (triolein) C57H104O6"));
        Add("calcium", Described(minerals["calcium"], "Calcium metal"));
        foreach (var (alias, symbol) in new[] { ("aluminium", "Al"), ("copper", "Cu"), ("tin", "Sn"), ("titanium", "Ti"), ("graphite", "C") })
        {
            Add(alias, Element(symbol));
        }

        BoneTissueHaGPerCm3 = _named["cortical-bone"].DensityGPerCm3 * _named["cortical-bone"].MassFraction(20)
            / _named["hydroxyapatite"].MassFraction(20);
    }

    /// <summary>The shared library.</summary>
    public static MaterialLibrary Default => LazyDefault.Value;

    /// <summary>The named (non-parametric) materials, sorted by name.</summary>
    public IReadOnlyList<Material> Named => _named.Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The parametric specification forms, for listings and suggestions.</summary>
    public static IReadOnlyList<string> ParametricForms { get; } =
    [
        "ha-in-water:C (mg HA/cm³)", "ha-in-resin:C (mg HA/cm³)", "k2hpo4-in-water:C (mg K2HPO4/cm³)",
        "iodine-in-water:C (mg I/mL)", "iodinated-blood:C (mg I/mL)", "marrow:F (fat mass fraction 0–1)",
        "trabecular-bone:C:F (mg HA/cm³, marrow fat fraction)", "mindways-rod:K:W (mg K2HPO4/cm³, mg water/cm³)",
        "element:SYMBOL", "formula:FORMULA:DENSITY (e.g. formula:Gd2O2S:7.44)", "<any>+iodine:C (mg I/mL added)",
    ];

    /// <summary>Grams of hydroxyapatite per cm³ of bone tissue (ICRU 46 cortical bone, by calcium).</summary>
    public double BoneTissueHaGPerCm3 { get; }

    /// <summary>Resolves a specification (see the class remarks) to a material.</summary>
    /// <exception cref="InputException">Unknown name (closest names suggested) or malformed parameter.</exception>
    public Material Resolve(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _resolved.GetOrAdd(spec.Trim(), Parse);
    }

    /// <summary>The mineral density, mg HA/cm³, that a specification states (0 when it holds no HA).</summary>
    public static double MineralDensityMgHaPerCm3(string spec)
    {
        var (name, args, _) = Split(spec.Trim());
        return name switch
        {
            "ha-in-water" or "ha-in-resin" or "trabecular-bone" => ParseNumber(spec, args, 0, "mg HA/cm³"),
            "hydroxyapatite" => 3160,
            _ => 0,
        };
    }

    private Material Parse(string spec)
    {
        var (name, args, iodine) = Split(spec);
        var material = ParseBase(spec, name, args);
        if (iodine is not null)
        {
            double c = ParseNumber(spec, [iodine], 0, "mg I/mL", min: 0);
            material = Mixtures.SoluteWithoutDisplacement(spec, $"{material.Description}, plus {Format(c)} mg I/mL iodine (no displacement)",
                Element("I"), c, material);
        }

        return material.WithName(spec);
    }

    private Material ParseBase(string spec, string name, string[] args)
    {
        void Arity(int n, string form)
        {
            if (args.Length != n)
            {
                throw new InputException($"malformed material '{spec}': expected {form}");
            }
        }

        switch (name)
        {
            case "ha-in-water" or "ha-in-resin" or "k2hpo4-in-water":
            {
                Arity(1, $"{name}:C with C in mg/cm³");
                bool ha = name.StartsWith("ha", StringComparison.Ordinal);
                var solute = _named[ha ? "hydroxyapatite" : "k2hpo4"];
                var baseMaterial = _named[name.EndsWith("resin", StringComparison.Ordinal) ? "water-equivalent-resin" : "water"];
                double c = ParseNumber(spec, args, 0, "mg/cm³", min: 0, max: solute.DensityGPerCm3 * 1000);
                return Mixtures.SoluteWithDisplacement(spec,
                    $"{Format(c)} mg {(ha ? "HA" : "K2HPO4")}/cm³ in {baseMaterial.Name}, volume displacement at {solute.DensityGPerCm3} g/cm³",
                    solute, c, baseMaterial);
            }

            case "iodine-in-water" or "iodinated-blood":
            {
                Arity(1, $"{name}:C with C in mg I/mL");
                double c = ParseNumber(spec, args, 0, "mg I/mL", min: 0, max: 400);
                var baseMaterial = _named[name == "iodine-in-water" ? "water" : "blood"];
                return Mixtures.SoluteWithoutDisplacement(spec, $"{baseMaterial.Name} with {Format(c)} mg I/mL (no displacement)", Element("I"), c, baseMaterial);
            }

            case "marrow":
            {
                Arity(1, "marrow:F with F the fat mass fraction in 0–1");
                double f = ParseNumber(spec, args, 0, "fat fraction", min: 0, max: 1);
                return Marrow(spec, f);
            }

            case "trabecular-bone":
            {
                Arity(2, "trabecular-bone:C:F with C in mg HA/cm³ and F the marrow fat fraction in 0–1");
                double c = ParseNumber(spec, args, 0, "mg HA/cm³", min: 0, max: BoneTissueHaGPerCm3 * 1000);
                double f = ParseNumber(spec, args, 1, "fat fraction", min: 0, max: 1);
                double boneVolume = c / 1000.0 / BoneTissueHaGPerCm3;
                return Mixtures.ByVolume(spec,
                    $"Trabecular bone: {Format(c)} mg HA/cm³ as ICRU 46 bone tissue (volume fraction {boneVolume:0.0000}) in marrow of fat fraction {Format(f)}",
                    (_named["cortical-bone"], boneVolume), (Marrow("marrow", f), 1 - boneVolume));
            }

            case "mindways-rod":
            {
                Arity(2, "mindways-rod:K:W with K mg K2HPO4/cm³ and W mg water/cm³");
                double k = ParseNumber(spec, args, 0, "mg K2HPO4/cm³", min: -1000, max: 2440);
                double w = ParseNumber(spec, args, 1, "mg water/cm³", min: 0, max: 2000);
                var water = _named["water"];
                var k2 = _named["k2hpo4"];
                return Mixtures.ByVolume(spec, $"Mindways-style rod: {Format(k)} mg K2HPO4 + {Format(w)} mg water per cm³ (certificate equivalence)",
                    (k2, k / 1000.0 / k2.DensityGPerCm3), (water, w / 1000.0 / water.DensityGPerCm3));
            }

            case "formula":
            {
                Arity(2, "formula:FORMULA:DENSITY, e.g. formula:Gd2O2S:7.44");
                double density = ParseNumber(spec, args, 1, "g/cm³", min: 1e-6, max: 30);
                return Material.FromMassFractions(spec, $"{args[0]} at {Format(density)} g/cm³ (standard atomic weights)", density,
                    ChemicalFormula.MassFractions(args[0], _data));
            }

            case "element":
            {
                Arity(1, "element:SYMBOL, e.g. element:Al");
                return Element(args[0]);
            }

            default:
                if (args.Length == 0 && _named.TryGetValue(name, out var named))
                {
                    return named;
                }

                throw new InputException(UnknownMessage(spec, name));
        }
    }

    private Material Marrow(string name, double fatFraction) =>
        Mixtures.ByMassIdeal(name, $"Marrow, {Format(fatFraction)} yellow (fat) by mass, ICRU 46 red/yellow, additive volumes",
            (_named["red-marrow"], 1 - fatFraction), (_named["yellow-marrow"], fatFraction));

    private Material Element(string symbol)
    {
        var element = _data.ElementBySymbol(symbol) ?? throw new InputException($"unknown element symbol '{symbol}'");
        return new Material($"element:{element.Symbol}", $"Element {element.Symbol} (Z = {element.Z}) at {element.DensityGPerCm3} g/cm³",
            [new ElementMass(element.Z, element.DensityGPerCm3)]);
    }

    private string UnknownMessage(string spec, string name)
    {
        var candidates = _named.Keys.Concat(ParametricNames).ToArray();
        var closest = candidates
            .Select(c => (Name: c, Distance: Levenshtein(name, c)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => ParametricNames.Contains(c.Name) ? c.Name + ":…" : c.Name);
        return $"unknown material '{spec}'; closest: {string.Join(", ", closest)} (see `qcf materials`)";
    }

    private static (string Name, string[] Args, string? Iodine) Split(string spec)
    {
        string? iodine = null;
        int plus = spec.IndexOf("+iodine:", StringComparison.Ordinal);
        string head = spec;
        if (plus >= 0)
        {
            iodine = spec[(plus + "+iodine:".Length)..];
            head = spec[..plus];
        }

        var parts = head.Split(':');
        string name = parts[0].Trim().ToLowerInvariant();
        // Element symbols and formulas are case-sensitive; names are not.
        var args = parts.Skip(1).Select(p => p.Trim()).ToArray();
        return (name, args, iodine);
    }

    private static double ParseNumber(string spec, string[] args, int index, string unit, double min = double.MinValue, double max = double.MaxValue)
    {
        if (index >= args.Length || !double.TryParse(args[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            string got = index < args.Length ? $"'{args[index]}'" : "nothing";
            throw new InputException($"malformed concentration in material '{spec}': got {got}, expected a number in {unit}");
        }

        if (value < min || value > max)
        {
            throw new InputException($"material '{spec}': {Format(value)} {unit} is outside {Format(min)}–{Format(max)}");
        }

        return value;
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static Material Described(Material m, string description) => new(m.Name, description, m.Elements);

    private static Dictionary<string, Material> LoadMassFractionTable(string file, int nameColumn, int densityColumn, int zColumn, int fractionColumn)
    {
        var (_, rows) = DataFiles.ReadCsv(file);
        return rows.GroupBy(r => r[nameColumn]).ToDictionary(
            g => g.Key,
            g => Material.FromMassFractions(g.Key, g.Key, DataFiles.Number(g.First()[densityColumn], file),
                g.Select(r => (int.Parse(r[zColumn], CultureInfo.InvariantCulture), DataFiles.Number(r[fractionColumn], file)))));
    }

    /// <summary>Reads an XCIST material file: density, then one "Z fraction # name" line per element.</summary>
    private static Material LoadXcistMaterial(string file)
    {
        string path = "materials/" + file;
        using var reader = DataFiles.Open(path);
        var values = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            int hash = line.IndexOf('#');
            string text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                values.Add(text);
            }
        }

        int count = int.Parse(values[0], CultureInfo.InvariantCulture);
        double density = DataFiles.Number(values[1], path);
        var fractions = values.Skip(2).Take(count).Select(v =>
        {
            var f = v.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return (int.Parse(f[0], CultureInfo.InvariantCulture), DataFiles.Number(f[1], path));
        });
        return Material.FromMassFractions(file, file, density, fractions);
    }

    private static string XcistSource(string file)
    {
        using var reader = DataFiles.Open("materials/" + file);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.StartsWith("# Density source:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("# Density souce:", StringComparison.OrdinalIgnoreCase))
            {
                return line[(line.IndexOf(':') + 1)..].Trim();
            }
        }

        return "XCIST material file";
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
