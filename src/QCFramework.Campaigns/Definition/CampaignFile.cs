using System.Globalization;
using QCFramework.IO.Phantoms;
using QCFramework.IO.Protocols;
using QCFramework.IO.Yaml;
using QCFramework.Numerics;
using QCFramework.Physics;
using QCFramework.Simulation;
using YamlDotNet.RepresentationModel;

namespace QCFramework.Campaigns.Definition;

/// <summary>Loads a campaign file; every schema error names the file, line and field.</summary>
public static class CampaignFile
{
    private static readonly string[] TopKeys =
    [
        "name", "description", "masterSeed", "date", "mode", "scanners", "centers", "setups", "cohorts", "algorithms", "external", "criteria", "keepDicom",
    ];

    private static readonly string[] CenterKeys = ["name", "scanner", "protocols", "day", "dicom", "phantom", "calibrationPhantom"];
    private static readonly string[] MatrixKeys = ["kvp", "mas", "kernel", "sliceMm", "contrast", "dualEnergy", "repeats"];

    /// <summary>Loads and validates a campaign.</summary>
    public static Campaign Load(string path)
    {
        var doc = YamlFile.Load(path);
        doc.CheckKeys(doc.Root, "", TopKeys);
        var scope = new ParameterScope();
        var inputs = new List<string> { path };
        YamlNode? Child(YamlMappingNode m, string key) => YamlFile.Child(m, key);
        YamlNode Required(YamlMappingNode m, string key, string field, string what) =>
            Child(m, key) ?? throw doc.Error(m, field.Length > 0 ? $"{field}.{key}" : key, $"missing: {what}");
        string Relative(string file) => Path.IsPathRooted(file) ? file : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", file);
        string PhantomPath(YamlNode node, string field)
        {
            string text = scope.Text(doc, node, field);
            string relative = Relative(text);
            try
            {
                string found = File.Exists(relative) ? relative : PhantomCatalog.Resolve(text);
                inputs.Add(found);
                return found;
            }
            catch (InputException ex)
            {
                throw doc.Error(node, field, ex.Message);
            }
        }

        string name = doc.Scalar(Required(doc.Root, "name", "", "the campaign's name"), "name");
        string description = Child(doc.Root, "description") is { } d ? doc.Scalar(d, "description") : "";
        var seedNode = Required(doc.Root, "masterSeed", "", "the master seed (a non-negative integer)");
        if (!ulong.TryParse(doc.Scalar(seedNode, "masterSeed"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong masterSeed))
        {
            throw doc.Error(seedNode, "masterSeed", "expected a non-negative integer");
        }

        var date = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        if (Child(doc.Root, "date") is { } dateNode)
        {
            if (!DateTime.TryParse(doc.Scalar(dateNode, "date"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
            {
                throw doc.Error(dateNode, "date", "expected an ISO 8601 date and time, e.g. 2026-11-22T09:00:00Z");
            }
        }

        var mode = SimulationMode.Fast;
        if (Child(doc.Root, "mode") is { } modeNode)
        {
            mode = doc.Scalar(modeNode, "mode") switch
            {
                "fast" => SimulationMode.Fast,
                "physics" => SimulationMode.Physics,
                var other => throw doc.Error(modeNode, "mode", $"'{other}' is not fast or physics"),
            };
        }

        string scannersFile = Child(doc.Root, "scanners") is { } sf ? Relative(doc.Scalar(sf, "scanners")) : ScannerFile.DefaultPath;
        inputs.Add(scannersFile);
        var scanners = ScannerFile.Load(scannersFile);
        string contrastFile = ContrastFile.DefaultPath;
        inputs.Add(contrastFile);
        var phases = ContrastFile.Load(contrastFile);

        var centersNode = doc.Sequence(Required(doc.Root, "centers", "", "the list of centers"), "centers");
        var centers = new List<Center>();
        for (int i = 0; i < centersNode.Count; i++)
        {
            string field = $"centers[{i}]";
            var m = doc.Mapping(centersNode[i], field);
            doc.CheckKeys(m, field, CenterKeys);
            string centerName = doc.Scalar(Required(m, "name", field, "the center's name"), field + ".name");
            if (centers.Any(c => c.Name == centerName))
            {
                throw doc.Error(m, field + ".name", $"center '{centerName}' is listed twice");
            }

            double day = Child(m, "day") is { } dn ? scope.Number(doc, dn, field + ".day") : 0;
            if (Child(m, "dicom") is { } dicomNode)
            {
                string folder = Relative(doc.Scalar(dicomNode, field + ".dicom"));
                if (!Directory.Exists(folder))
                {
                    throw doc.Error(dicomNode, field + ".dicom", $"folder '{folder}' not found");
                }

                var phantomNode = Required(m, "phantom", field, "the phantom file (with its certificate values) the scans show");
                string? calibration = Child(m, "calibrationPhantom") is { } cn ? PhantomPath(cn, field + ".calibrationPhantom") : null;
                centers.Add(new Center(centerName, null, null, day, folder, PhantomPath(phantomNode, field + ".phantom"), calibration));
                continue;
            }

            var scannerNode = Required(m, "scanner", field, $"a scanner profile ({string.Join(", ", scanners.Keys)}) or a dicom folder");
            string scannerName = doc.Scalar(scannerNode, field + ".scanner");
            if (!scanners.TryGetValue(scannerName, out var scanner))
            {
                throw doc.Error(scannerNode, field + ".scanner", $"no scanner '{scannerName}' in {scannersFile}; profiles: {string.Join(", ", scanners.Keys)}");
            }

            var matrix = ReadMatrix(doc, scope, doc.Mapping(Required(m, "protocols", field, "the protocol matrix"), field + ".protocols"), field + ".protocols", scanner, phases);
            centers.Add(new Center(centerName, scanner, matrix, day, null, null, null));
        }

        var setups = new List<Setup>();
        if (Child(doc.Root, "setups") is { } setupsNode)
        {
            var items = doc.Sequence(setupsNode, "setups");
            for (int i = 0; i < items.Count; i++)
            {
                string field = $"setups[{i}]";
                if (items[i] is YamlScalarNode)
                {
                    string file = PhantomPath(items[i], field);
                    setups.Add(new Setup(Path.GetFileNameWithoutExtension(file), [new PlacedPhantom(file, [0, 0, 0])], ""));
                    continue;
                }

                var m = doc.Mapping(items[i], field);
                doc.CheckKeys(m, field, ["name", "phantoms"]);
                var phantoms = doc.Sequence(Required(m, "phantoms", field, "the phantom files placed together"), field + ".phantoms");
                var placed = new List<PlacedPhantom>();
                for (int k = 0; k < phantoms.Count; k++)
                {
                    string pf = $"{field}.phantoms[{k}]";
                    if (phantoms[k] is YamlScalarNode)
                    {
                        placed.Add(new PlacedPhantom(PhantomPath(phantoms[k], pf), [0, 0, 0]));
                    }
                    else
                    {
                        var pm = doc.Mapping(phantoms[k], pf);
                        doc.CheckKeys(pm, pf, ["file", "offsetMm"]);
                        var offset = Child(pm, "offsetMm") is { } o ? scope.NumberList(doc, o, pf + ".offsetMm", 3, "[x, y, z] in mm") : [0.0, 0, 0];
                        placed.Add(new PlacedPhantom(PhantomPath(Required(pm, "file", pf, "the phantom file"), pf + ".file"), offset));
                    }
                }

                string setupName = Child(m, "name") is { } sn ? doc.Scalar(sn, field + ".name") : string.Join("+", placed.Select(p => Path.GetFileNameWithoutExtension(p.File)));
                setups.Add(new Setup(setupName, placed, ""));
            }
        }

        var cohorts = new List<CohortEntry>();
        if (Child(doc.Root, "cohorts") is { } cohortsNode)
        {
            var items = doc.Sequence(cohortsNode, "cohorts");
            for (int i = 0; i < items.Count; i++)
            {
                string field = $"cohorts[{i}]";
                var m = doc.Mapping(items[i], field);
                doc.CheckKeys(m, field, ["model", "n", "seed", "calibrationPhantom"]);
                string model = PhantomPath(Required(m, "model", field, "the cohort model, e.g. cohorts/default.yaml"), field + ".model");
                CohortFile.Load(model);
                int n = (int)scope.Number(doc, Required(m, "n", field, "the number of subjects"), field + ".n");
                if (n < 1)
                {
                    throw doc.Error(m, field + ".n", "at least one subject");
                }

                ulong seed = Child(m, "seed") is { } s ? (ulong)scope.Number(doc, s, field + ".seed") : Seeds.Derive(masterSeed, $"cohort/{i}");
                string? calibration = Child(m, "calibrationPhantom") is { } c ? PhantomPath(c, field + ".calibrationPhantom") : null;
                cohorts.Add(new CohortEntry(model, n, seed, calibration));
            }
        }

        if (setups.Count == 0 && cohorts.Count == 0 && centers.Any(c => c.Scanner is not null))
        {
            throw doc.Error(doc.Root, "setups", "simulated centers need setups or cohorts to scan");
        }

        var algorithms = new List<string>();
        if (Child(doc.Root, "algorithms") is { } algorithmsNode)
        {
            algorithms.AddRange(algorithmsNode is YamlScalarNode ? [doc.Scalar(algorithmsNode, "algorithms")]
                : doc.Sequence(algorithmsNode, "algorithms").Select((n, k) => doc.Scalar(n, $"algorithms[{k}]")));
        }
        else
        {
            algorithms.Add("all");
        }

        var external = new List<ExternalAlgorithm>();
        if (Child(doc.Root, "external") is { } externalNode)
        {
            var items = doc.Sequence(externalNode, "external");
            for (int i = 0; i < items.Count; i++)
            {
                string field = $"external[{i}]";
                var m = doc.Mapping(items[i], field);
                doc.CheckKeys(m, field, ["name", "command", "assembly", "timeoutS", "citation"]);
                string extName = doc.Scalar(Required(m, "name", field, "the algorithm's name in results"), field + ".name");
                string? command = Child(m, "command") is { } cmd ? doc.Scalar(cmd, field + ".command") : null;
                string? assembly = Child(m, "assembly") is { } asm ? Relative(doc.Scalar(asm, field + ".assembly")) : null;
                if ((command is null) == (assembly is null))
                {
                    throw doc.Error(m, field, "give exactly one of command (with {dicom_dir} and {out_json}) or assembly");
                }

                if (command is not null && (!command.Contains("{dicom_dir}", StringComparison.Ordinal) || !command.Contains("{out_json}", StringComparison.Ordinal)))
                {
                    throw doc.Error(Child(m, "command")!, field + ".command", "the command must contain {dicom_dir} and {out_json}");
                }

                double timeout = Child(m, "timeoutS") is { } t ? scope.Number(doc, t, field + ".timeoutS") : 120;
                string citation = Child(m, "citation") is { } ci ? doc.Scalar(ci, field + ".citation") : "external algorithm";
                external.Add(new ExternalAlgorithm(extName, command, assembly, timeout, citation));
            }
        }

        string? criteria = Child(doc.Root, "criteria") is { } cr ? Relative(doc.Scalar(cr, "criteria")) : null;
        if (criteria is not null)
        {
            if (!File.Exists(criteria))
            {
                throw doc.Error(Child(doc.Root, "criteria")!, "criteria", $"'{criteria}' not found");
            }

            inputs.Add(criteria);
        }

        bool keep = Child(doc.Root, "keepDicom") is { } keepNode && scope.Number(doc, keepNode, "keepDicom") != 0;
        return new Campaign(name, description, path, masterSeed, date, mode, centers, setups, cohorts, algorithms, external, criteria, keep,
            inputs.Distinct().ToArray());
    }

    private static ProtocolMatrix ReadMatrix(YamlFile doc, ParameterScope scope, YamlMappingNode m, string field, ScannerProfile scanner,
        IReadOnlyDictionary<string, ContrastPhase> phases)
    {
        doc.CheckKeys(m, field, MatrixKeys);
        IReadOnlyList<YamlNode> List(string key, string what)
        {
            var node = YamlFile.Child(m, key) ?? throw doc.Error(m, $"{field}.{key}", $"missing: {what}");
            return node is YamlSequenceNode seq ? seq.Children.ToArray() : [node];
        }

        IReadOnlyList<YamlNode> Optional(string key, string fallback) =>
            YamlFile.Child(m, key) is { } node ? node is YamlSequenceNode seq ? seq.Children.ToArray() : [node] : [new YamlScalarNode(fallback)];

        var kvp = List("kvp", "tube potentials in kVp").Select((n, i) => scope.Number(doc, n, $"{field}.kvp[{i}]")).ToArray();
        foreach (var (value, i) in kvp.Select((v, i) => (v, i)))
        {
            if (value is < SpectrumLibrary.MinKvp or > SpectrumLibrary.MaxKvp)
            {
                throw doc.Error(List("kvp", "")[i], $"{field}.kvp[{i}]", $"{value} kVp is outside {SpectrumLibrary.MinKvp}–{SpectrumLibrary.MaxKvp}");
            }
        }

        var mas = List("mas", "exposures in mAs").Select((n, i) => scope.Number(doc, n, $"{field}.mas[{i}]")).ToArray();
        var kernels = List("kernel", "kernels").Select((n, i) =>
        {
            string k = doc.Scalar(n, $"{field}.kernel[{i}]");
            return scanner.Kernels.ContainsKey(k) ? k : throw doc.Error(n, $"{field}.kernel[{i}]", $"scanner '{scanner.Name}' has no kernel '{k}' ({string.Join(", ", scanner.Kernels.Keys)})");
        }).ToArray();
        var slices = Optional("sliceMm", "3").Select((n, i) =>
        {
            double v = scope.Number(doc, n, $"{field}.sliceMm[{i}]");
            return v is >= SliceProfile.MinThicknessMm and <= SliceProfile.MaxThicknessMm ? v
                : throw doc.Error(n, $"{field}.sliceMm[{i}]", $"{v} mm is outside {SliceProfile.MinThicknessMm}–{SliceProfile.MaxThicknessMm} mm");
        }).ToArray();
        var contrast = Optional("contrast", "none").Select((n, i) =>
        {
            string c = doc.Scalar(n, $"{field}.contrast[{i}]");
            return phases.TryGetValue(c, out var p) ? p : throw doc.Error(n, $"{field}.contrast[{i}]", $"unknown phase '{c}' ({string.Join(", ", phases.Keys)})");
        }).ToArray();
        var dual = Optional("dualEnergy", "none").Select((n, i) =>
        {
            string text = doc.Scalar(n, $"{field}.dualEnergy[{i}]");
            if (text == "none")
            {
                return (DualEnergySetting?)null;
            }

            var parts = text.Split('/');
            bool tin = parts.Length == 2 && parts[1].StartsWith("Sn", StringComparison.OrdinalIgnoreCase);
            if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
                || !double.TryParse(tin ? parts[1][2..] : parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high))
            {
                throw doc.Error(n, $"{field}.dualEnergy[{i}]", $"'{text}' is not none or LOW/HIGH kVp (e.g. 80/140, 100/Sn140, 120/120)");
            }

            var capability = scanner.DualEnergy ?? throw doc.Error(n, $"{field}.dualEnergy[{i}]", $"scanner '{scanner.Name}' has no dual-energy technique");
            return new DualEnergySetting(low, high, capability.Technique, capability.Technique == "dual-source" ? capability.TinFilterMm : 0);
        }).ToArray();
        int repeats = YamlFile.Child(m, "repeats") is { } r ? (int)scope.Number(doc, r, field + ".repeats") : 1;
        if (repeats < 1)
        {
            throw doc.Error(m, field + ".repeats", "at least 1");
        }

        return new ProtocolMatrix(kvp, mas, kernels, slices, contrast, dual, repeats);
    }
}
