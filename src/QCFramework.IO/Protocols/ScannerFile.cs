using QCFramework.IO.Yaml;
using QCFramework.Physics;
using QCFramework.Simulation;
using QCFramework.Simulation.Reconstruction;
using YamlDotNet.RepresentationModel;

namespace QCFramework.IO.Protocols;

/// <summary>Loads scanner profiles (protocols/scanners.yaml); errors name the file, line and field.</summary>
public static class ScannerFile
{
    private static readonly string[] ScannerKeys =
    [
        "name", "manufacturer", "model", "geometry", "targetAngleDeg", "filtration", "bowtie", "detector", "electronicNoiseQuanta",
        "ctNumber", "drift", "dualEnergy", "kernels", "boneCorrection",
    ];

    /// <summary>The default scanners file, found by <see cref="ProtocolCatalog"/>.</summary>
    public static string DefaultPath => ProtocolCatalog.Resolve("scanners.yaml");

    /// <summary>Loads every profile of a scanners file, by name.</summary>
    public static IReadOnlyDictionary<string, ScannerProfile> Load(string path)
    {
        var doc = YamlFile.Load(path);
        doc.CheckKeys(doc.Root, "", ["scanners"]);
        var scope = new ParameterScope();
        var list = doc.Sequence(YamlFile.Child(doc.Root, "scanners") ?? throw doc.Error(doc.Root, "scanners", "missing: the list of scanner profiles"), "scanners");
        var result = new Dictionary<string, ScannerProfile>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            var profile = Read(doc, scope, doc.Mapping(list[i], $"scanners[{i}]"), $"scanners[{i}]");
            if (!result.TryAdd(profile.Name, profile))
            {
                throw doc.Error(list[i], $"scanners[{i}].name", $"scanner '{profile.Name}' is defined twice");
            }
        }

        return result;
    }

    /// <summary>One profile by name from a scanners file.</summary>
    public static ScannerProfile Get(string path, string name)
    {
        var all = Load(path);
        return all.TryGetValue(name, out var p) ? p : throw new InputException($"{path}: no scanner '{name}'; profiles: {string.Join(", ", all.Keys)}");
    }

    private static ScannerProfile Read(YamlFile doc, ParameterScope scope, YamlMappingNode map, string field)
    {
        doc.CheckKeys(map, field, ScannerKeys);
        YamlNode Required(YamlMappingNode m, string key, string f, string what) => YamlFile.Child(m, key) ?? throw doc.Error(m, $"{f}.{key}", $"missing: {what}");
        double Number(YamlMappingNode m, string key, string f) => scope.Number(doc, Required(m, key, f, "a number"), $"{f}.{key}");
        double Optional(YamlMappingNode m, string key, string f, double fallback) => YamlFile.Child(m, key) is { } n ? scope.Number(doc, n, $"{f}.{key}") : fallback;
        string Text(YamlMappingNode m, string key, string f, string what) => scope.Text(doc, Required(m, key, f, what), $"{f}.{key}");

        string name = Text(map, "name", field, "the profile name");
        var g = doc.Mapping(Required(map, "geometry", field, "the fan-beam geometry"), field + ".geometry");
        doc.CheckKeys(g, field + ".geometry", ["sourceToIsocenterMm", "sourceToDetectorMm", "channels", "channelPitchMm", "viewsPerRotation", "detectorOffsetChannels", "rotationTimeS"]);
        string gf = field + ".geometry";
        var geometry = new FanBeamGeometry(Number(g, "sourceToIsocenterMm", gf), Number(g, "sourceToDetectorMm", gf), (int)Number(g, "channels", gf),
            Number(g, "channelPitchMm", gf), (int)Number(g, "viewsPerRotation", gf), Optional(g, "detectorOffsetChannels", gf, 0.25), Optional(g, "rotationTimeS", gf, 0.5));
        if (!(geometry.SourceToDetectorMm > geometry.SourceToIsocenterMm && geometry.SourceToIsocenterMm > 0 && geometry.Channels >= 16
            && geometry.ViewsPerRotation >= 16 && geometry.ViewsPerRotation % 2 == 0 && geometry.ChannelPitchMm > 0))
        {
            throw doc.Error(g, gf, "needs 0 < sourceToIsocenterMm < sourceToDetectorMm, channels ≥ 16, an even viewsPerRotation ≥ 16 and a positive pitch");
        }

        double angle = Number(map, "targetAngleDeg", field);
        if (!SpectrumLibrary.TargetAnglesDeg.Contains(angle))
        {
            throw doc.Error(Required(map, "targetAngleDeg", field, ""), field + ".targetAngleDeg", $"spectra exist for {string.Join(" and ", SpectrumLibrary.TargetAnglesDeg)}° targets");
        }

        var f = doc.Mapping(Required(map, "filtration", field, "aluminiumMm, copperMm, tinMm, titaniumMm"), field + ".filtration");
        string ff = field + ".filtration";
        doc.CheckKeys(f, ff, ["aluminiumMm", "copperMm", "tinMm", "titaniumMm"]);
        var filtration = new Filtration(Optional(f, "aluminiumMm", ff, 0), Optional(f, "copperMm", ff, 0), Optional(f, "tinMm", ff, 0), Optional(f, "titaniumMm", ff, 0));

        var bowtieNode = Required(map, "bowtie", field, $"one of {string.Join(", ", BowtieProfile.Available)}");
        string bowtie = doc.Scalar(bowtieNode, field + ".bowtie");
        if (!BowtieProfile.Available.Contains(bowtie))
        {
            throw doc.Error(bowtieNode, field + ".bowtie", $"unknown bowtie '{bowtie}'; available: {string.Join(", ", BowtieProfile.Available)}");
        }

        var d = doc.Mapping(Required(map, "detector", field, "top (and bottom) scintillator layers"), field + ".detector");
        string df = field + ".detector";
        doc.CheckKeys(d, df, ["top", "bottom", "rowWidthAtIsocenterMm"]);
        ScintillatorLayer Layer(YamlNode node, string lf)
        {
            var m = doc.Mapping(node, lf);
            doc.CheckKeys(m, lf, ["material", "thicknessMm"]);
            var materialNode = Required(m, "material", lf, "the scintillator's material, e.g. formula:Gd2O2S:7.44");
            string material = scope.Text(doc, materialNode, lf + ".material");
            try
            {
                MaterialLibrary.Default.Resolve(material);
            }
            catch (InputException ex)
            {
                throw doc.Error(materialNode, lf + ".material", ex.Message);
            }

            return new ScintillatorLayer(material, Number(m, "thicknessMm", lf));
        }

        var detector = new DetectorModel(Layer(Required(d, "top", df, "the (top) scintillator layer"), df + ".top"),
            YamlFile.Child(d, "bottom") is { } b ? Layer(b, df + ".bottom") : null, Optional(d, "rowWidthAtIsocenterMm", df, 0.625));

        var ct = YamlFile.Child(map, "ctNumber") is { } ctNode ? doc.Mapping(ctNode, field + ".ctNumber") : null;
        double offset = ct is null ? 0 : Optional(ct, "offsetHu", field + ".ctNumber", 0);
        double gain = ct is null ? 1 : Optional(ct, "gain", field + ".ctNumber", 1);

        var driftNode = YamlFile.Child(map, "drift") is { } dn ? doc.Mapping(dn, field + ".drift") : null;
        var drift = driftNode is null
            ? new DriftModel(0, null, 0)
            : new DriftModel(Optional(driftNode, "huPerYear", field + ".drift", 0),
                YamlFile.Child(driftNode, "tubeReplacementDay") is { } day ? scope.Number(doc, day, field + ".drift.tubeReplacementDay") : null,
                Optional(driftNode, "tubeReplacementStepHu", field + ".drift", 0));

        DualEnergyCapability? dual = null;
        if (YamlFile.Child(map, "dualEnergy") is { } deNode)
        {
            var de = doc.Mapping(deNode, field + ".dualEnergy");
            string technique = Text(de, "technique", field + ".dualEnergy", "fast-kv-switching, dual-source or dual-layer");
            if (technique is not ("fast-kv-switching" or "dual-source" or "dual-layer"))
            {
                throw doc.Error(de, field + ".dualEnergy.technique", $"'{technique}' is not fast-kv-switching, dual-source or dual-layer");
            }

            if (technique == "dual-layer" && detector.Bottom is null)
            {
                throw doc.Error(de, field + ".dualEnergy", "a dual-layer scanner needs detector.bottom");
            }

            dual = new DualEnergyCapability(technique, Optional(de, "tinFilterMm", field + ".dualEnergy", 0),
                YamlFile.Child(de, "secondTubeFieldOfViewMm") is { } fov ? scope.Number(doc, fov, field + ".dualEnergy.secondTubeFieldOfViewMm") : null);
        }

        var kernelsNode = doc.Mapping(Required(map, "kernels", field, "soft, standard, sharp and bone kernels by MTF"), field + ".kernels");
        var kernels = new Dictionary<string, ReconstructionKernel>(StringComparer.Ordinal);
        foreach (var (key, value) in kernelsNode.Children)
        {
            string kernelName = doc.Scalar(key, field + ".kernels");
            string kf = $"{field}.kernels.{kernelName}";
            var k = doc.Mapping(value, kf);
            doc.CheckKeys(k, kf, ["mtf50LpPerMm", "mtf10LpPerMm", "dicomName"]);
            try
            {
                kernels[kernelName] = new ReconstructionKernel(kernelName, Number(k, "mtf50LpPerMm", kf), Number(k, "mtf10LpPerMm", kf),
                    YamlFile.Child(k, "dicomName") is { } dn2 ? doc.Scalar(dn2, kf + ".dicomName") : kernelName.ToUpperInvariant()).Validated();
            }
            catch (InputException ex) when (!ex.Message.StartsWith(doc.Path, StringComparison.Ordinal))
            {
                throw doc.Error(k, kf, ex.Message);
            }
        }

        foreach (string required in new[] { "soft", "standard", "sharp", "bone" })
        {
            if (!kernels.ContainsKey(required))
            {
                throw doc.Error(kernelsNode, field + ".kernels", $"missing kernel '{required}'");
            }
        }

        bool boneCorrection = true;
        if (YamlFile.Child(map, "boneCorrection") is { } bc)
        {
            boneCorrection = doc.Scalar(bc, field + ".boneCorrection") switch
            {
                "true" => true,
                "false" => false,
                var other => throw doc.Error(bc, field + ".boneCorrection", $"expected true or false, got '{other}'"),
            };
        }

        return new ScannerProfile(name, Text(map, "manufacturer", field, "the manufacturer (synthetic)"), Text(map, "model", field, "the model"),
            geometry, angle, filtration, bowtie, detector, Number(map, "electronicNoiseQuanta", field), offset, gain, drift, dual, kernels)
        {
            BoneCorrection = boneCorrection,
        };
    }
}
