using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace QCFramework.Campaigns.External;

/// <summary>What an external algorithm answered for one scan.</summary>
/// <param name="Values">vBMD per vertebra label, mg HA/cm³ (empty when it failed).</param>
/// <param name="FailureReason">Why it gave nothing (crash, time-out, bad JSON), or null.</param>
public sealed record ExternalAnswer(IReadOnlyDictionary<string, double> Values, string? FailureReason);

/// <summary>
/// Runs an algorithm written in any language as a command on a scan's DICOM folder. The command is
/// a template with <c>{dicom_dir}</c> and <c>{out_json}</c>, split into arguments like a shell would
/// (quotes group words) but run without a shell. It must write
/// <c>{"vertebrae": [{"label": "L1", "bmdMgPerCm3": 98.7}, …]}</c> to the output file. A non-zero exit,
/// a run longer than the time limit, a missing file or malformed JSON fail that scan with the reason.
/// </summary>
public static class ExternalCommand
{
    /// <summary>Runs <paramref name="commandTemplate"/> on <paramref name="dicomDirectory"/>.</summary>
    public static ExternalAnswer Run(string commandTemplate, string dicomDirectory, string workingDirectory, TimeSpan timeout)
    {
        string outJson = Path.Combine(Path.GetTempPath(), $"qcf-external-{Guid.NewGuid():N}.json");
        try
        {
            var words = Split(commandTemplate).Select(w => w.Replace("{dicom_dir}", dicomDirectory, StringComparison.Ordinal)
                .Replace("{out_json}", outJson, StringComparison.Ordinal)).ToArray();
            if (words.Length == 0)
            {
                return Fail("the command is empty");
            }

            var start = new ProcessStartInfo(words[0])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            foreach (string w in words.Skip(1))
            {
                start.ArgumentList.Add(w);
            }

            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                return Fail($"could not start '{words[0]}': {ex.Message}");
            }

            using (process)
            {
                if (process is null)
                {
                    return Fail($"could not start '{words[0]}'");
                }

                var stderr = process.StandardError.ReadToEndAsync();
                var stdout = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(timeout))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    return Fail(string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0.#} s"));
                }

                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    string last = LastLine(stderr.Result) ?? LastLine(stdout.Result) ?? "no output";
                    return Fail($"exited with code {process.ExitCode}: {last}");
                }
            }

            if (!File.Exists(outJson))
            {
                return Fail("wrote no output JSON");
            }

            return Parse(File.ReadAllText(outJson));
        }
        finally
        {
            if (File.Exists(outJson))
            {
                File.Delete(outJson);
            }
        }
    }

    /// <summary>Parses the answer JSON; any deviation from the format is a failure with the reason.</summary>
    public static ExternalAnswer Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("vertebrae", out var vertebrae)
                || vertebrae.ValueKind != JsonValueKind.Array)
            {
                return Fail("bad JSON: expected {\"vertebrae\": [{\"label\": …, \"bmdMgPerCm3\": …}]}");
            }

            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            int index = 0;
            foreach (var v in vertebrae.EnumerateArray())
            {
                if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String
                    || !v.TryGetProperty("bmdMgPerCm3", out var bmd) || bmd.ValueKind != JsonValueKind.Number || !double.IsFinite(bmd.GetDouble()))
                {
                    return Fail($"bad JSON: vertebrae[{index}] needs a string label and a finite number bmdMgPerCm3");
                }

                if (!values.TryAdd(label.GetString()!, bmd.GetDouble()))
                {
                    return Fail($"bad JSON: vertebra '{label.GetString()}' is given twice");
                }

                index++;
            }

            return new ExternalAnswer(values, null);
        }
        catch (JsonException ex)
        {
            return Fail($"bad JSON: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Splits a command line into words: whitespace separates, single or double quotes group.</summary>
    public static IReadOnlyList<string> Split(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char quote = '\0';
        bool inWord = false;
        foreach (char c in command)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static ExternalAnswer Fail(string reason) => new(new Dictionary<string, double>(), reason);

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
