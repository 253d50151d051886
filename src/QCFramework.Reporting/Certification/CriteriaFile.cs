using QCFramework.IO.Yaml;
using YamlDotNet.RepresentationModel;

namespace QCFramework.Reporting.Certification;

/// <summary>
/// Loads acceptance criteria (reports/criteria/*.yaml; the format is described at the top of
/// reports/criteria/default.yaml). Numbers may use the file's <c>parameters</c> and expressions as in
/// phantom files. Every schema error names the file, the line and the field.
/// </summary>
public static class CriteriaFile
{
    /// <summary>The criteria file used when none is given, relative to the program or the working folder.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("reports", "criteria", "default.yaml");

    private static readonly string[] TopKeys = ["name", "description", "parameters", "criteria"];
    private static readonly string[] CriterionKeys = ["id", "name", "metric", "per", "limits", "algorithms", "source"];
    private static readonly string[] LimitKeys = ["min", "max", "maxAbs"];

    /// <summary>The default criteria file: ./reports/criteria/default.yaml if present, else the one shipped beside qcf.</summary>
    /// <exception cref="InputException">Neither exists.</exception>
    public static string DefaultPath()
    {
        foreach (string root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            string candidate = Path.Combine(root, DefaultRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InputException($"{DefaultRelativePath}: the default criteria file was not found in the working folder or beside qcf; give one with --criteria");
    }

    /// <summary>Loads a criteria file.</summary>
    /// <exception cref="InputException">The file is missing or does not follow the format.</exception>
    public static AcceptanceCriteria Load(string path)
    {
        YamlFile doc = YamlFile.Load(path);
        doc.CheckKeys(doc.Root, "", TopKeys);
        var scope = new ParameterScope();
        if (YamlFile.Child(doc.Root, "parameters") is { } parameters)
        {
            foreach (var (key, value) in doc.Mapping(parameters, "parameters").Children)
            {
                string name = doc.Scalar(key, "parameters");
                if (!ParameterScope.IsIdentifier(name))
                {
                    throw doc.Error(key, $"parameters.{name}", "a parameter name is a letter followed by letters, digits or _");
                }

                scope.Define(doc, value, $"parameters.{name}", name, doc.Scalar(value, $"parameters.{name}"));
            }
        }

        string setName = scope.Text(doc, Required(doc, doc.Root, "name", "", "the name of this set of criteria"), "name");
        string description = YamlFile.Child(doc.Root, "description") is { } d ? scope.Text(doc, d, "description") : "";
        YamlNode list = Required(doc, doc.Root, "criteria", "", "a list of criteria");
        IReadOnlyList<YamlNode> items = doc.Sequence(list, "criteria");
        if (items.Count == 0)
        {
            throw doc.Error(list, "criteria", "expected at least one criterion");
        }

        var criteria = new List<AcceptanceCriterion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            AcceptanceCriterion criterion = Criterion(doc, scope, items[i], $"criteria[{i}]");
            if (!ids.Add(criterion.Id))
            {
                throw doc.Error(YamlFile.Child((YamlMappingNode)items[i], "id")!, $"criteria[{i}].id", $"'{criterion.Id}' is used by an earlier criterion; ids must be unique");
            }

            criteria.Add(criterion);
        }

        return new AcceptanceCriteria(setName, description, criteria);
    }

    private static AcceptanceCriterion Criterion(YamlFile doc, ParameterScope scope, YamlNode node, string field)
    {
        YamlMappingNode map = doc.Mapping(node, field);
        doc.CheckKeys(map, field, CriterionKeys);
        string id = scope.Text(doc, Required(doc, map, "id", field, "a short identifier, e.g. accuracy"), $"{field}.id");
        if (!ParameterScope.IsIdentifier(id.Replace('-', '_')))
        {
            throw doc.Error(YamlFile.Child(map, "id")!, $"{field}.id", $"'{id}' is not an identifier (a letter followed by letters, digits, - or _)");
        }

        string name = scope.Text(doc, Required(doc, map, "name", field, "the printed name, e.g. \"|RE| ≤ 5 %\""), $"{field}.name");
        YamlNode metricNode = Required(doc, map, "metric", field, "what is measured");
        string metricName = doc.Scalar(metricNode, $"{field}.metric");
        CriterionMetric metric = CriterionMetrics.FromYamlName(metricName)
            ?? throw doc.Error(metricNode, $"{field}.metric", $"'{metricName}' is not a metric; expected one of {string.Join(", ", CriterionMetrics.All.Select(CriterionMetrics.YamlName))}");

        YamlNode perNode = Required(doc, map, "per", field, "the factors evaluated separately, e.g. [vertebra, algorithm]");
        var per = new List<GroupingFactor>();
        IReadOnlyList<YamlNode> perItems = doc.Sequence(perNode, $"{field}.per");
        for (int k = 0; k < perItems.Count; k++)
        {
            string factorName = doc.Scalar(perItems[k], $"{field}.per[{k}]");
            GroupingFactor factor = GroupingFactors.FromYamlName(factorName)
                ?? throw doc.Error(perItems[k], $"{field}.per[{k}]", $"'{factorName}' is not a results.csv factor; expected one of {string.Join(", ", GroupingFactors.All.Select(GroupingFactors.YamlName))}");
            if (per.Contains(factor))
            {
                throw doc.Error(perItems[k], $"{field}.per[{k}]", $"'{factorName}' is listed twice");
            }

            per.Add(factor);
        }

        CriterionLimits limits = Limits(doc, scope, Required(doc, map, "limits", field, "{ min, max } or { maxAbs }"), $"{field}.limits");
        string source = scope.Text(doc, Required(doc, map, "source", field, "where the limit comes from (a citation)"), $"{field}.source");
        if (source.Trim().Length == 0)
        {
            throw doc.Error(YamlFile.Child(map, "source")!, $"{field}.source", "expected a citation for the limit");
        }

        return new AcceptanceCriterion(id, name, metric, per, limits, Algorithms(doc, scope, YamlFile.Child(map, "algorithms"), $"{field}.algorithms"), source);
    }

    private static CriterionLimits Limits(YamlFile doc, ParameterScope scope, YamlNode node, string field)
    {
        YamlMappingNode map = doc.Mapping(node, field);
        doc.CheckKeys(map, field, LimitKeys);
        double? Optional(string key) => YamlFile.Child(map, key) is { } n ? scope.Number(doc, n, $"{field}.{key}") : null;
        double? min = Optional("min"), max = Optional("max"), maxAbs = Optional("maxAbs");
        if (maxAbs is double a)
        {
            if (min is not null || max is not null)
            {
                throw doc.Error(map, field, "give either maxAbs or min/max, not both");
            }

            if (!(a >= 0))
            {
                throw doc.Error(YamlFile.Child(map, "maxAbs")!, $"{field}.maxAbs", "must not be negative");
            }

            return new CriterionLimits(null, a, OnAbsoluteValue: true);
        }

        if (min is null && max is null)
        {
            throw doc.Error(map, field, "expected min, max or maxAbs");
        }

        if (min is double lo && max is double hi && !(hi >= lo))
        {
            throw doc.Error(YamlFile.Child(map, "max")!, $"{field}.max", $"{hi} is below min {lo}");
        }

        return new CriterionLimits(min, max, OnAbsoluteValue: false);
    }

    private static IReadOnlyList<string> Algorithms(YamlFile doc, ParameterScope scope, YamlNode? node, string field)
    {
        if (node is null || (node is YamlScalarNode { Value: "all" }))
        {
            return [];
        }

        IReadOnlyList<YamlNode> items = node is YamlSequenceNode
            ? doc.Sequence(node, field)
            : throw doc.Error(node, field, "expected 'all' or a list of algorithm names");
        if (items.Count == 0)
        {
            throw doc.Error(node, field, "expected at least one algorithm (or 'all')");
        }

        var names = new List<string>();
        for (int k = 0; k < items.Count; k++)
        {
            names.Add(scope.Text(doc, items[k], $"{field}[{k}]"));
        }

        return names;
    }

    private static YamlNode Required(YamlFile doc, YamlMappingNode map, string key, string field, string what) =>
        YamlFile.Child(map, key) ?? throw doc.Error(map, field.Length > 0 ? $"{field}.{key}" : key, $"missing: {what}");
}
