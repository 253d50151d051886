using System.Globalization;
using QCFramework.IO.Yaml;
using QCFramework.Phantoms.Cohorts;
using YamlDotNet.RepresentationModel;

namespace QCFramework.IO.Phantoms;

/// <summary>Loads a virtual-cohort model (phantoms/cohorts/*.yaml); errors name the file, line and field.</summary>
public static class CohortFile
{
    private static readonly string[] TopKeys =
    [
        "name", "description", "basePhantom", "ageYears", "femaleFraction", "bmdMgHaPerCm3", "marrowFat", "vatAreaCm2",
        "satAreaCm2", "paraspinalAreaCm2", "body", "correlation",
    ];

    /// <summary>Loads a cohort model. <see cref="CohortModel.BasePhantom"/> is resolved to a full path.</summary>
    public static CohortModel Load(string path)
    {
        var doc = YamlFile.Load(path);
        doc.CheckKeys(doc.Root, "", TopKeys);
        var scope = new ParameterScope();
        YamlNode Required(YamlMappingNode map, string key, string field, string what) =>
            YamlFile.Child(map, key) ?? throw doc.Error(map, field.Length > 0 ? $"{field}.{key}" : key, $"missing: {what}");
        double Number(YamlMappingNode map, string key, string field) => scope.Number(doc, Required(map, key, field, "a number"), $"{field}.{key}");

        string name = doc.Scalar(Required(doc.Root, "name", "", "the cohort's name"), "name");
        string basePhantom = doc.Scalar(Required(doc.Root, "basePhantom", "", "the patient phantom each subject extends"), "basePhantom");
        string baseFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", basePhantom));
        if (!File.Exists(baseFull))
        {
            throw doc.Error(YamlFile.Child(doc.Root, "basePhantom")!, "basePhantom", $"'{baseFull}' not found");
        }

        var age = doc.Mapping(Required(doc.Root, "ageYears", "", "{ min, max }"), "ageYears");
        double ageMin = Number(age, "min", "ageYears"), ageMax = Number(age, "max", "ageYears");
        if (!(ageMax > ageMin))
        {
            throw doc.Error(age, "ageYears", "max must exceed min");
        }

        double female = scope.Number(doc, Required(doc.Root, "femaleFraction", "", "the share of women (0–1)"), "femaleFraction");
        if (female is < 0 or > 1)
        {
            throw doc.Error(YamlFile.Child(doc.Root, "femaleFraction")!, "femaleFraction", "must lie in 0–1");
        }

        (YamlMappingNode Female, YamlMappingNode Male, YamlMappingNode Block) Sexes(string key)
        {
            var block = doc.Mapping(Required(doc.Root, key, "", "a distribution with source, female and male"), key);
            Required(block, "source", key, "the source of this distribution (a citation)");
            return (doc.Mapping(Required(block, "female", key, "{ … } for women"), key + ".female"),
                doc.Mapping(Required(block, "male", key, "{ … } for men"), key + ".male"), block);
        }

        BySex<AgeLinearNormal> Linear(string key)
        {
            var (f, m, _) = Sexes(key);
            AgeLinearNormal Read(YamlMappingNode n, string s) => new(Number(n, "at50", $"{key}.{s}"), Number(n, "perYear", $"{key}.{s}"), Number(n, "sd", $"{key}.{s}"));
            return new BySex<AgeLinearNormal>(Read(f, "female"), Read(m, "male"));
        }

        BySex<LogNormal> Log(string key)
        {
            var (f, m, _) = Sexes(key);
            LogNormal Read(YamlMappingNode n, string s) => new(Number(n, "median", $"{key}.{s}"), Number(n, "logSd", $"{key}.{s}"));
            return new BySex<LogNormal>(Read(f, "female"), Read(m, "male"));
        }

        (double, double) Range(string key)
        {
            var block = doc.Mapping(YamlFile.Child(doc.Root, key)!, key);
            var r = scope.NumberList(doc, Required(block, "range", key, "[min, max]"), key + ".range", 2, "[min, max]");
            return (r[0], r[1]);
        }

        var body = doc.Mapping(Required(doc.Root, "body", "", "leanAreaCm2, depthToWidth, exponent and source"), "body");
        Required(body, "source", "body", "the source of the body-size model");
        var lean = doc.Mapping(Required(body, "leanAreaCm2", "body", "{ female, male }"), "body.leanAreaCm2");
        var ratio = doc.Mapping(Required(body, "depthToWidth", "body", "{ female, male }"), "body.depthToWidth");

        var correlationBlock = doc.Mapping(Required(doc.Root, "correlation", "", "order, matrix and source"), "correlation");
        Required(correlationBlock, "source", "correlation", "the source of the correlations");
        var order = doc.Sequence(Required(correlationBlock, "order", "correlation", "[bmd, marrowFat, vat, sat, paraspinal]"), "correlation.order")
            .Select((n, i) => doc.Scalar(n, $"correlation.order[{i}]")).ToArray();
        string[] expected = ["bmd", "marrowFat", "vat", "sat", "paraspinal"];
        if (!order.SequenceEqual(expected))
        {
            throw doc.Error(YamlFile.Child(correlationBlock, "order")!, "correlation.order", $"must be [{string.Join(", ", expected)}]");
        }

        var rows = doc.Sequence(Required(correlationBlock, "matrix", "correlation", "a 5 × 5 matrix"), "correlation.matrix");
        if (rows.Count != 5)
        {
            throw doc.Error(YamlFile.Child(correlationBlock, "matrix")!, "correlation.matrix", "expected 5 rows");
        }

        var matrix = new double[5, 5];
        for (int i = 0; i < 5; i++)
        {
            var row = scope.NumberList(doc, rows[i], $"correlation.matrix[{i}]", 5, "(one row of the correlation matrix)");
            for (int j = 0; j < 5; j++)
            {
                matrix[i, j] = row[j];
            }
        }

        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                if (Math.Abs(matrix[i, j] - matrix[j, i]) > 1e-12 || (i == j && matrix[i, j] != 1) || Math.Abs(matrix[i, j]) > 1)
                {
                    throw doc.Error(rows[i], $"correlation.matrix[{i}][{j}]", "a correlation matrix is symmetric with ones on the diagonal and entries in −1…1");
                }
            }
        }

        return new CohortModel(
            name, baseFull, ageMin, ageMax, female,
            Linear("bmdMgHaPerCm3"), Linear("marrowFat"), Log("vatAreaCm2"), Log("satAreaCm2"), Linear("paraspinalAreaCm2"),
            new BySex<double>(Number(lean, "female", "body.leanAreaCm2"), Number(lean, "male", "body.leanAreaCm2")),
            new BySex<double>(Number(ratio, "female", "body.depthToWidth"), Number(ratio, "male", "body.depthToWidth")),
            Number(body, "exponent", "body"),
            matrix, Range("bmdMgHaPerCm3"), Range("marrowFat"));
    }

    /// <summary>
    /// Writes the cohort to <paramref name="directory"/>: cohort.csv (one row per subject) and one
    /// phantom file per subject that extends the base phantom with the subject's parameters.
    /// </summary>
    public static IReadOnlyList<string> Write(CohortModel model, IReadOnlyList<CohortSubject> subjects, string directory, ulong seed)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        string csv = Path.Combine(directory, "cohort.csv");
        using (var writer = new StreamWriter(csv))
        {
            writer.WriteLine("id,phantom,ageYears,sex,bmdMgHaPerCm3,marrowFatFraction,vatAreaCm2,satAreaCm2,paraspinalAreaCm2,bodyWidthMm,bodyDepthMm");
            foreach (var s in subjects)
            {
                writer.WriteLine(string.Join(",", s.Id, $"{s.Id}.yaml", F(s.AgeYears), s.Sex == Sex.Female ? "F" : "M", F(s.BmdMgHaPerCm3), F(s.MarrowFatFraction),
                    F(s.VatAreaCm2), F(s.SatAreaCm2), F(s.ParaspinalAreaCm2), F(s.BodyWidthMm), F(s.BodyDepthMm)));
            }
        }

        written.Add(csv);
        // Relative to the base phantom when the cohort lies near it (portable with the repository), else absolute.
        string relativeBase = Path.GetRelativePath(Path.GetFullPath(directory), model.BasePhantom).Replace('\\', '/');
        if (relativeBase.Split('/').Count(part => part == "..") > 3)
        {
            relativeBase = model.BasePhantom;
        }

        foreach (var s in subjects)
        {
            string file = Path.Combine(directory, $"{s.Id}.yaml");
            string sex = s.Sex == Sex.Female ? "F" : "M";
            File.WriteAllText(file, string.Join("\n",
                $"# Virtual subject {s.Id} of cohort '{model.Name}' (seed {seed}); generated by qcf cohort.",
                $"name: cohort-{s.Id}",
                $"description: \"Virtual subject {s.Id} ({sex}, {s.AgeYears:0} y): {F(s.BmdMgHaPerCm3)} mg HA/cm³, marrow fat {F(s.MarrowFatFraction)}\"",
                $"extends: {relativeBase}",
                "parameters:",
                $"  bmd_mg_ha: {F(s.BmdMgHaPerCm3)}",
                $"  marrow_fat: {F(s.MarrowFatFraction)}",
                $"  body_width_mm: {F(s.BodyWidthMm)}",
                $"  body_depth_mm: {F(s.BodyDepthMm)}",
                $"  body_exponent: {F(model.BodyExponent)}",
                $"  sat_area_cm2: {F(s.SatAreaCm2)}",
                $"  vat_area_cm2: {F(s.VatAreaCm2)}",
                $"  paraspinal_area_cm2: {F(s.ParaspinalAreaCm2)}",
                "") );
            written.Add(file);
        }

        return written;
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
