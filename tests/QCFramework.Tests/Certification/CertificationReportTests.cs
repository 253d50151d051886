using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using QCFramework.IO.Results;
using QCFramework.Results;
using QCFramework.Tests.Cli;
using static QCFramework.Tests.Certification.FirstPrinciples;
using static QCFramework.Tests.Certification.PdfInspection;

namespace QCFramework.Tests.Certification;

/// <summary>
/// <c>qcf report</c> on <see cref="SmallCampaign"/> with the default criteria, read back with poppler and qpdf:
/// every verdict, value and statistic in the PDF is compared with the number this test computes from the
/// rows it built (<see cref="FirstPrinciples"/>).
/// </summary>
[TestFixture]
public class CertificationReportTests
{
    // The default criteria (reports/criteria/default.yaml), as project issue #7 states them.
    private const double ReLimitPct = 5, RsdLimitPct = 2, SlopeMin = 0.95, SlopeMax = 1.05;

    private static readonly string[] Algorithms = [SmallCampaign.MuscleFat, SmallCampaign.PhantomRods];

    private string _dir = "";
    private string _campaign = "";
    private string _pdf = "";
    private string _pdfAgain = "";
    private IReadOnlyList<ResultRow> _rows = [];
    private CliHarness.Result _run = new(0, "", "");
    private Lazy<string> _text = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _dir = Path.Combine(Path.GetTempPath(), "qcf-certification-" + Guid.NewGuid().ToString("N"));
        _campaign = Path.Combine(_dir, "campaign");
        Directory.CreateDirectory(_campaign);
        _rows = SmallCampaign.Rows();
        ResultsCsv.WriteSorted(Path.Combine(_campaign, ResultsCsv.FileName), _rows);
        ManifestJson.Write(Path.Combine(_campaign, ManifestJson.FileName), SmallCampaign.Manifest(_rows));
        _pdf = Path.Combine(_dir, "out", "report.pdf");
        _pdfAgain = Path.Combine(_dir, "again", "report.pdf");
        _run = CliHarness.Run("report", _campaign, "--out", _pdf);
        CliHarness.Run("report", _campaign, "--out", _pdfAgain);
        _text = new Lazy<string>(() => LayoutText(_pdf));
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Report_command_writes_the_pdf_and_prints_each_centers_verdict()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.Stderr);
        Assert.That(File.Exists(_pdf), _pdf);
        Assert.That(_run.Stdout, Does.Contain($"wrote {_pdf}"));
        foreach (string center in SmallCampaign.Centers)
        {
            Assert.That(_run.Stdout, Does.Match($"(?m){center}.*\\b{ExpectedOverall(center)}\\b"));
        }
    }

    [Test]
    public void Every_section_is_listed_in_the_contents_with_the_page_it_is_on()
    {
        string[] headings =
        [
            "1 Summary",
            "2 Center A", "2.1 Scanner and protocols", "2.2 Acceptance criteria", "2.3 Accuracy and precision",
            "2.4 Linearity and agreement with truth", "2.5 Figures: muscle-fat", "2.6 Figures: phantom-rods",
            "2.7 Results not applicable or failed",
            "3 Center B", "4 Center C", "4.7 Results not applicable or failed",
            "5 Consortium summary", "5.1 Bias per center", "5.2 Inter-center variability", "5.3 League table", "5.4 Failures by center",
            "6 Methods appendix", "6.1 Software and campaign", "6.2 Seeds", "6.3 Inputs and outputs", "6.4 Algorithms",
            "6.5 Acceptance criteria", "6.6 Definitions of the statistics",
        ];
        int pages = PageCount(_pdf);
        string[] pageText = [.. Enumerable.Range(1, pages).Select(p => LayoutText(_pdf, p))];
        Assert.That(pageText[1], Does.Contain("Contents"));
        foreach (string heading in headings)
        {
            Match entry = Regex.Match(pageText[1], "(?m)^\\s*" + Regex.Escape(heading) + @"\s+(\d+)\s*$");
            Assert.That(entry.Success, $"'{heading}' with its page in the contents:\n{pageText[1]}");
            int listed = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.That(pageText[listed - 1], Does.Match("(?m)^\\s*" + Regex.Escape(heading) + "\\s*$"), $"'{heading}' on page {listed}");
        }
    }

    [Test]
    public void Summary_gives_each_centers_counts_and_verdict()
    {
        string summary = Section("1 Summary", "2 Center A");
        foreach (string center in SmallCampaign.Centers)
        {
            var rows = _rows.Where(r => r.Center == center).ToArray();
            var outcomes = ExpectedOutcomes(center);
            Match m = Regex.Match(summary, $@"(?m)^\s*{center}\s+\S+\s+(\d+) of (\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(PASS|FAIL|N/A)\b");
            Assert.That(m.Success, $"{center} in the summary:\n{summary}");
            Assert.That(Ints(m, 1, 2, 3, 4, 5), Is.EqualTo(new[]
            {
                rows.Valid().Count(), rows.Length, outcomes.Count(o => o.Verdict == "PASS"), outcomes.Count(o => o.Verdict == "FAIL"),
                outcomes.Count(o => o.Verdict == "N/A"),
            }), center);
            Assert.That(m.Groups[6].Value, Is.EqualTo(ExpectedOverall(center)), center);
        }
    }

    [Test]
    public void Every_criterion_shows_the_value_and_verdict_computed_here()
    {
        int checkedRows = 0;
        foreach (string center in SmallCampaign.Centers)
        {
            string criteria = Section($@"\d+\.2 Acceptance criteria", $@"\d+\.3 Accuracy and precision", within: CenterSection(center));
            foreach (Outcome o in ExpectedOutcomes(center))
            {
                string pattern = $@"(?m)^\s*{Regex.Escape(o.Criterion)}\s+{Regex.Escape(o.Group)}\s+{Regex.Escape(o.Limit)}\s+(?<v>n/a|-?\d+\.\d+)(?: %)?\s+(?<valid>\d+) of (?<all>\d+)\s+(?<verdict>PASS|FAIL|N/A)\b";
                Match m = Regex.Match(criteria, pattern);
                Assert.That(m.Success, $"{center}: {o.Criterion} for {o.Group}:\n{criteria}");
                Assert.That(m.Groups["verdict"].Value, Is.EqualTo(o.Verdict), $"{center}: {o.Criterion} for {o.Group} ({o.Value})");
                Assert.That(Ints(m, "valid", "all"), Is.EqualTo(new[] { o.Valid, o.All }), $"{center}: {o.Criterion} for {o.Group}");
                AssertPrinted(m.Groups["v"].Value, o.Value, o.Decimals, $"{center}: {o.Criterion} for {o.Group}");
                checkedRows++;
            }
        }

        // The campaign is built so that every kind of verdict occurs: the test is not vacuous.
        var all = SmallCampaign.Centers.SelectMany(ExpectedOutcomes).ToArray();
        Assert.That(all.Select(o => o.Verdict).Distinct().Order(), Is.EqualTo(new[] { "FAIL", "N/A", "PASS" }));
        Assert.That(all.Where(o => o.Verdict == "FAIL").Select(o => (o.Center, o.Criterion)).Distinct(), Is.EquivalentTo(new[]
        {
            ("Center B", "|RE| ≤ 5 %"), ("Center B", "RSD ≤ 2 %"), ("Center B", "Slope 0.95–1.05"), ("Center C", "|RE| ≤ 5 %"),
        }));
        Assert.That(checkedRows, Is.EqualTo(3 * 14));
    }

    [Test]
    public void Accuracy_and_precision_table_matches_first_principles()
    {
        foreach (string center in SmallCampaign.Centers)
        {
            string table = Section(@"\d+\.3 Accuracy and precision", @"\d+\.4 Linearity", within: CenterSection(center));
            foreach (string algorithm in Algorithms)
            {
                foreach (var (vertebra, _) in SmallCampaign.Vertebrae)
                {
                    var g = _rows.Where(r => r.Center == center && r.Algorithm == algorithm && r.Vertebra == vertebra).ToArray();
                    int n = g.Valid().Count();
                    Match m = Regex.Match(table, $@"(?m)^\s*{algorithm}\s+{vertebra}\s+{n}\s+(?:mean )?(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+)\s+(\S+)\s*$");
                    Assert.That(m.Success, $"{center} {algorithm} {vertebra}:\n{table}");
                    string what = $"{center} {algorithm} {vertebra}";
                    AssertPrinted(m.Groups[1].Value, n == 0 ? double.NaN : g.Valid().Average(r => r.TruthMgPerCm3), 1, what + " truth");
                    AssertPrinted(m.Groups[2].Value, n == 0 ? double.NaN : g.Valid().Average(r => r.MeasuredMgPerCm3!.Value), 2, what + " mean");
                    AssertPrinted(m.Groups[3].Value, n == 0 ? double.NaN : MeanRe(g), 2, what + " RE");
                    AssertPrinted(m.Groups[4].Value, RmsCvPct(g), 2, what + " RSD");
                    Assert.That(int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture), Is.EqualTo(RepeatSets(g)), what + " repeat sets");
                    AssertPrinted(m.Groups[6].Value, n == 0 ? double.NaN : Rmse(g), 2, what + " RMSE");
                }
            }
        }
    }

    [Test]
    public void Regression_and_Bland_Altman_tables_match_first_principles()
    {
        foreach (string center in SmallCampaign.Centers)
        {
            string section = Section(@"\d+\.4 Linearity and agreement with truth", @"\d+\.5 Figures", within: CenterSection(center));
            foreach (string algorithm in Algorithms)
            {
                var g = _rows.Where(r => r.Center == center && r.Algorithm == algorithm).ToArray();
                int n = g.Valid().Count();
                var ols = Ols(g);
                Match reg = Regex.Match(section, $@"(?m)^\s*{algorithm}\s+{n}\s+(\S+) \[(\S+), (\S+)\]\s+(\S+) \[\S+, \S+\]\s+(\S+)\s+(\S+)\s*$");
                Assert.That(reg.Success, $"{center} {algorithm} regression:\n{section}");
                AssertPrinted(reg.Groups[1].Value, ols.Slope, 3, $"{center} {algorithm} slope");
                AssertPrinted(reg.Groups[2].Value, ols.SlopeLow, 3, $"{center} {algorithm} slope CI low");
                AssertPrinted(reg.Groups[3].Value, ols.SlopeHigh, 3, $"{center} {algorithm} slope CI high");
                AssertPrinted(reg.Groups[4].Value, ols.Intercept, 2, $"{center} {algorithm} intercept");
                AssertPrinted(reg.Groups[5].Value, ols.RSquared, 4, $"{center} {algorithm} R²");
                AssertPrinted(reg.Groups[6].Value, ols.See, 2, $"{center} {algorithm} SEE");

                var ba = BlandAltman(g);
                Match m = Regex.Match(section, $@"(?m)^\s*{algorithm}\s+{n}\s+(\S+) \[\S+, \S+\]\s+(\S+) \[\S+, \S+\]\s+(\S+) \[\S+, \S+\]\s*$");
                Assert.That(m.Success, $"{center} {algorithm} Bland–Altman:\n{section}");
                AssertPrinted(m.Groups[1].Value, ba.Bias, 2, $"{center} {algorithm} bias");
                AssertPrinted(m.Groups[2].Value, ba.Lower, 2, $"{center} {algorithm} lower limit");
                AssertPrinted(m.Groups[3].Value, ba.Upper, 2, $"{center} {algorithm} upper limit");
            }
        }
    }

    [Test]
    public void Class_agreement_matches_kappa_from_the_confusion_table()
    {
        string section = Section(@"2\.4 Linearity and agreement with truth", @"2\.5 Figures", within: CenterSection("Center A"));
        foreach (string algorithm in Algorithms)
        {
            var k = Kappa(_rows.Where(r => r.Center == "Center A" && r.Algorithm == algorithm));
            Assert.That(k.Pairs, Is.EqualTo(SmallCampaign.Subjects.Length));
            Assert.That(k.Agreement, Is.LessThan(1), $"{algorithm}: some subjects are misclassified, so kappa is informative");
            Match m = Regex.Match(section, $@"(?m)^\s*{algorithm}\s+{k.Pairs}\s+(\S+)\s+(\S+) \[\S+, \S+\]\s+(\S+) \[\S+, \S+\]\s*$");
            Assert.That(m.Success, $"{algorithm} class agreement:\n{section}");
            AssertPrinted(m.Groups[1].Value, 100 * k.Agreement, 1, $"{algorithm} agreement");
            AssertPrinted(m.Groups[2].Value, k.Kappa, 3, $"{algorithm} kappa");
            AssertPrinted(m.Groups[3].Value, k.WeightedKappa, 3, $"{algorithm} weighted kappa");
        }

        Assert.That(CenterSection("Center B"), Does.Not.Contain("osteoporosis classes"), "no class agreement without subjects");
    }

    [Test]
    public void Results_without_a_value_are_counted_and_listed_with_their_reasons()
    {
        string section = Section(@"4\.7 Results not applicable or failed", null, within: CenterSection("Center C"));
        var notValid = _rows.Where(r => r.Center == "Center C" && r.Status != "ok").ToArray();
        int all = _rows.Count(r => r.Center == "Center C");
        Assert.That(Regex.Replace(section, @"\s+", " "), Does.Contain($"{notValid.Length} of {all} results at Center C have no value"));
        foreach (var g in notValid.GroupBy(r => (r.Vertebra, r.Status, r.Reason)))
        {
            // The reason may wrap within its cell; the count follows the reason's first line.
            string firstWord = g.Key.Reason.Split(' ')[0];
            Match m = Regex.Match(section, $@"(?m)^\s*{SmallCampaign.MuscleFat}\s+{g.Key.Vertebra}\s+{Regex.Escape(g.Key.Status)}\s+{firstWord}\b.*\s{g.Count()}\s+c");
            Assert.That(m.Success, $"{g.Key}:\n{section}");
            Assert.That(FlowText(_pdf), Does.Contain($"{g.Key.Reason}"));
        }

        foreach (string center in new[] { "Center A", "Center B" })
        {
            Assert.That(Regex.Replace(CenterSection(center), @"\s+", " "), Does.Contain($"All {_rows.Count(r => r.Center == center)} results at {center} are valid."));
        }
    }

    [Test]
    public void Consortium_bias_inter_center_cv_league_and_failures_match_first_principles()
    {
        string consortium = Section("5 Consortium summary", "6 Methods appendix");
        foreach (string algorithm in Algorithms)
        {
            foreach (string center in SmallCampaign.Centers)
            {
                double[] re = _rows.Where(r => r.Center == center && r.Algorithm == algorithm).Valid().Select(Re).ToArray();
                var (mean, low, high) = MeanWithCi(re);
                Match m = Regex.Match(consortium, $@"(?m)^\s*{algorithm}\s+{center}\s+{re.Length}\s+(\S+) \[(\S+), (\S+)\]\s*$");
                Assert.That(m.Success, $"bias of {center} with {algorithm}:\n{consortium}");
                AssertPrinted(m.Groups[1].Value, mean, 2, $"bias of {center} with {algorithm}");
                AssertPrinted(m.Groups[2].Value, low, 2, $"bias CI of {center} with {algorithm}");
                AssertPrinted(m.Groups[3].Value, high, 2, $"bias CI of {center} with {algorithm}");
            }
        }

        // The protocol all three centers scanned: 120 kVp, standard kernel, no contrast.
        var shared = _rows.Where(r => r.Algorithm == SmallCampaign.PhantomRods && r.Vertebra == "L2" && r.Kvp == 120 && r.Kernel == "standard"
            && r.Contrast == "none" && r.Subject.Length == 0).ToArray();
        Match cv = Regex.Match(consortium[consortium.IndexOf("the spread of the centers' mean", StringComparison.Ordinal)..],
            @"(?m)^\s*phantom-rods\s+esp\s+L2\s+3\s+(\S+)\s+(\S+)\s+120 kVp");
        Assert.That(cv.Success, consortium);
        AssertPrinted(cv.Groups[1].Value, shared.Valid().GroupBy(r => r.Center).Average(g => g.Average(r => r.MeasuredMgPerCm3!.Value)), 2, "mean of center means");
        AssertPrinted(cv.Groups[2].Value, InterCenterCvPct(shared), 2, "inter-center CV");
        int sharedGroups = _rows.Valid().Where(r => r.Subject.Length == 0)
            .GroupBy(r => (r.Algorithm, r.Vertebra, r.Kvp, r.Kernel, r.Contrast)).Count(g => g.Select(r => r.Center).Distinct().Count() >= 2);
        string perProtocol = consortium[consortium.IndexOf("the spread of the centers' mean", StringComparison.Ordinal)..consortium.IndexOf("5.3 League table", StringComparison.Ordinal)];
        Assert.That(Regex.Matches(perProtocol, @"(?m)^\s*(muscle-fat|phantom-rods)\s+esp\s+L\d\s+\d\s+\S+\s+\S+\s+\d+ kVp").Count, Is.EqualTo(sharedGroups));

        // The summary over protocols for phantom-rods at L2: the number of shared protocols, the median and the highest CV.
        double[] cvs = _rows.Valid().Where(r => r.Algorithm == SmallCampaign.PhantomRods && r.Vertebra == "L2" && r.Subject.Length == 0)
            .GroupBy(r => (r.Kvp, r.Kernel, r.Contrast)).Where(g => g.Select(r => r.Center).Distinct().Count() >= 2)
            .Select(InterCenterCvPct).Order().ToArray();
        Match summary = Regex.Match(consortium, $@"(?m)^\s*phantom-rods\s+esp\s+L2\s+{cvs.Length}\s+(\S+)\s+(\S+)\s+\d+ kVp");
        Assert.That(summary.Success, consortium);
        AssertPrinted(summary.Groups[1].Value, cvs.Length % 2 == 1 ? cvs[cvs.Length / 2] : (cvs[cvs.Length / 2 - 1] + cvs[cvs.Length / 2]) / 2, 2, "median CV");
        AssertPrinted(summary.Groups[2].Value, cvs[^1], 2, "highest CV");

        var league = SmallCampaign.Centers
            .Select(c => (Center: c, MeanAbsRe: _rows.Where(r => r.Center == c).Valid().Average(r => Math.Abs(Re(r)))))
            .OrderBy(e => e.MeanAbsRe).ToArray();
        var printed = Regex.Matches(consortium, @"(?m)^\s*(\d)\s+(Center [ABC])\s+\S+\s+\d+\s+(\S+)\s").ToArray();
        Assert.That(printed.Select(m => m.Groups[2].Value), Is.EqualTo(league.Select(e => e.Center)), "league order");
        for (int i = 0; i < league.Length; i++)
        {
            Assert.That(printed[i].Groups[1].Value, Is.EqualTo((i + 1).ToString(CultureInfo.InvariantCulture)));
            AssertPrinted(printed[i].Groups[3].Value, league[i].MeanAbsRe, 2, $"mean |RE| of {league[i].Center}");
        }

        string failures = Section(@"5\.4 Failures by center", null, within: consortium);
        foreach (Outcome o in SmallCampaign.Centers.SelectMany(ExpectedOutcomes).Where(o => o.Verdict == "FAIL"))
        {
            Match m = Regex.Match(failures, $@"(?m)^\s*{o.Center}\s+{Regex.Escape(o.Criterion)}\s+{Regex.Escape(o.Group)}\s+(\S+)");
            Assert.That(m.Success, $"{o.Center} {o.Criterion} {o.Group} among the failures:\n{failures}");
            AssertPrinted(m.Groups[1].Value, o.Value, o.Decimals, $"{o.Center} {o.Criterion} {o.Group}");
        }
    }

    [Test]
    public void Methods_appendix_traces_software_campaign_seeds_algorithms_and_defines_every_statistic()
    {
        CampaignManifest manifest = SmallCampaign.Manifest(_rows);
        string flow = FlowText(_pdf);
        string methods = flow[flow.LastIndexOf("6 Methods appendix", StringComparison.Ordinal)..];
        foreach (string s in new[]
                 {
                     "QCFramework 0.1.0", manifest.SoftwareCommit, manifest.CampaignSha256, manifest.MasterSeed.ToString(CultureInfo.InvariantCulture),
                     manifest.CreatedUtc, $"first 40 of {manifest.Scans.Count}", "campaigns/cert-demo.yaml", new string('a', 64),
                 })
        {
            Assert.That(methods, Does.Contain(s));
        }

        foreach (ScanSeed seed in manifest.Scans.Take(40))
        {
            Assert.That(methods, Does.Match($@"{Regex.Escape(seed.ScanId)} {seed.Seed}\b"), seed.ScanId);
        }

        Assert.That(methods, Does.Not.Contain(manifest.Scans[40].ScanId), "only the first 40 seeds are listed");
        foreach (AlgorithmInfo a in manifest.Algorithms)
        {
            Assert.That(methods, Does.Contain(a.Citation));
            Assert.That(Section("6 Methods appendix", null), Does.Match($@"(?m)^\s*{a.Name}\s+{a.Family}\s+{Regex.Escape(a.Citation.Split(' ')[0])}"));
        }

        foreach (string s in new[]
                 {
                     "Relative error RE = (measured − truth)/truth × 100 %", "Glüer et al. 1995", "Draper & Smith", "Bland & Altman 1986",
                     "Carkeet 2015", "Cohen 1960", "ACR 2013", "Inter-center CV", "League table", "Lees et al. 1997",
                 })
        {
            Assert.That(methods, Does.Contain(s));
        }

        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_campaign, ResultsCsv.FileName))));
        Assert.That(methods, Does.Contain($"SHA-256 {sha}"), "the methods name the hash of the attached results.csv");
    }

    [Test]
    public void Qpdf_check_finds_no_errors_or_warnings()
    {
        var r = Run("qpdf", "checks PDF structure", "--check", _pdf);
        Assert.That(r.ExitCode, Is.Zero, r.Stdout + r.Stderr);
        Assert.That(r.Stdout, Does.Contain("No syntax or stream encoding errors found"));
        Assert.That(r.Stdout + r.Stderr, Does.Not.Contain("WARNING"));
    }

    [Test]
    public void Every_page_rasterises_with_visible_content()
    {
        int pages = PageCount(_pdf);
        string prefix = Path.Combine(_dir, "raster", "page");
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        var r = Run("pdftoppm", "rasterises pages", "-r", "50", "-gray", _pdf, prefix);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        string[] files = Directory.GetFiles(Path.GetDirectoryName(prefix)!, "page*.pgm");
        Assert.That(files, Has.Length.EqualTo(pages));
        foreach (string file in files)
        {
            var (width, height, pixels) = ReadPgm(file);
            Assert.That((width, height), Is.EqualTo((413, 585)).Or.EqualTo((414, 585)).Or.EqualTo((413, 586)), "A4 at 50 dpi");
            Assert.That(pixels.Count(v => v < 128), Is.GreaterThan(200), $"{Path.GetFileName(file)} is blank");
        }
    }

    [Test]
    public void Attachments_equal_the_campaign_files_byte_for_byte()
    {
        byte[] results = File.ReadAllBytes(Path.Combine(_campaign, ResultsCsv.FileName));
        byte[] manifest = File.ReadAllBytes(Path.Combine(_campaign, ManifestJson.FileName));
        byte[] criteria = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "reports", "criteria", "default.yaml"));
        Assert.That(Run("qpdf", "extracts attachments", "--show-attachment=results.csv", _pdf).StdoutBytes, Is.EqualTo(results));
        Assert.That(Run("qpdf", "extracts attachments", "--show-attachment=manifest.json", _pdf).StdoutBytes, Is.EqualTo(manifest));
        Assert.That(Run("qpdf", "extracts attachments", "--show-attachment=default.yaml", _pdf).StdoutBytes, Is.EqualTo(criteria));

        string detached = Path.Combine(_dir, "detached");
        Directory.CreateDirectory(detached);
        var r = Run("pdfdetach", "saves attachments", "-saveall", "-o", detached, _pdf);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(detached, ResultsCsv.FileName)), Is.EqualTo(results));
        Assert.That(File.ReadAllBytes(Path.Combine(detached, ManifestJson.FileName)), Is.EqualTo(manifest));
        Assert.That(ResultsCsv.Read(Path.Combine(detached, ResultsCsv.FileName)), Is.EqualTo(_rows.OrderBy(r => r.ScanId, StringComparer.Ordinal)
            .ThenBy(r => r.Vertebra, StringComparer.Ordinal).ThenBy(r => r.Algorithm, StringComparer.Ordinal)));
    }

    [Test]
    public void Every_figure_is_written_as_an_svg_that_parses_and_renders()
    {
        string flow = FlowText(_pdf);
        int figures = Regex.Matches(flow, @"Figure (\d+)\. ").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Max();
        string[] svgs = Directory.GetFiles(Path.Combine(_dir, "out", "figures"), "*.svg").Order(StringComparer.Ordinal).ToArray();
        Assert.That(svgs, Has.Length.EqualTo(figures));
        XNamespace svg = "http://www.w3.org/2000/svg";
        for (int i = 0; i < svgs.Length; i++)
        {
            Assert.That(Path.GetFileName(svgs[i]), Does.StartWith($"fig{i + 1:00}-"));
            XDocument doc = XDocument.Load(svgs[i]);
            Assert.That(doc.Root!.Name, Is.EqualTo(svg + "svg"));
            string title = doc.Root.Element(svg + "title")!.Value;
            Assert.That(flow, Does.Contain(title), $"{Path.GetFileName(svgs[i])}'s title is printed in the report");
            var rendered = Run("rsvg-convert", "renders SVG", "-o", svgs[i] + ".png", svgs[i]);
            Assert.That(rendered.ExitCode, Is.Zero, $"{Path.GetFileName(svgs[i])}: {rendered.Stderr}");
            Assert.That(new FileInfo(svgs[i] + ".png").Length, Is.GreaterThan(1000));
        }
    }

    [Test]
    public void Every_axis_title_carries_its_unit()
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        var expectations = new (string Kind, string[] Texts)[]
        {
            ("measured-vs-nominal", ["Nominal BMD (mg HA/cm³)", "Measured BMD (mg HA/cm³)"]),
            ("bland-altman", ["Mean BMD (mg HA/cm³)", "Difference (measured − true) (mg HA/cm³)"]),
            ("re-heatmap", ["Tube voltage", "Relative error (%)"]),
            ("precision", ["RSD (%)"]),
            ("bias-per-center", ["Mean RE (%)"]),
        };
        string[] svgs = Directory.GetFiles(Path.Combine(_dir, "out", "figures"), "*.svg");
        foreach (var (kind, texts) in expectations)
        {
            string[] files = svgs.Where(f => Path.GetFileName(f).EndsWith(kind + ".svg", StringComparison.Ordinal)).ToArray();
            Assert.That(files, Is.Not.Empty, kind);
            foreach (string file in files)
            {
                string[] strings = XDocument.Load(file).Descendants(svg + "text").Select(t => t.Value).ToArray();
                foreach (string text in texts)
                {
                    Assert.That(strings, Does.Contain(text), $"{Path.GetFileName(file)}");
                }
            }
        }
    }

    [Test]
    public void Words_stay_inside_the_margins_and_never_overlap()
    {
        const double left = 56.693, right = 595.276 - 56.693, top = 56.693, bottom = 841.89 - 30;
        var words = Words(_pdf);
        Assert.That(words.Max(w => w.Page), Is.EqualTo(PageCount(_pdf)));
        foreach (Word w in words)
        {
            Assert.That(w.X0 >= left - 0.5 && w.X1 <= right + 0.5 && w.Y0 >= top - 0.5 && w.Y1 <= bottom,
                $"'{w.Text}' on page {w.Page} at ({w.X0:F1}, {w.Y0:F1})–({w.X1:F1}, {w.Y1:F1}) is outside the margins");
        }

        // Boxes span the font's full ascent and descent, so lines at 1.15 spacing may touch: shrunk by 0.5 pt they must be disjoint.
        foreach (var page in words.GroupBy(w => w.Page))
        {
            Word[] p = page.ToArray();
            for (int i = 0; i < p.Length; i++)
            {
                for (int j = i + 1; j < p.Length; j++)
                {
                    Word a = p[i], b = p[j];
                    bool overlap = a.X0 + 0.5 < b.X1 - 0.5 && b.X0 + 0.5 < a.X1 - 0.5 && a.Y0 + 0.5 < b.Y1 - 0.5 && b.Y0 + 0.5 < a.Y1 - 0.5;
                    Assert.That(overlap, Is.False, $"page {page.Key}: '{a.Text}' overlaps '{b.Text}'");
                }
            }
        }
    }

    [Test]
    public void Document_information_comes_from_the_manifest()
    {
        string info = Run("pdfinfo", "reads document information", _pdf).Stdout;
        Assert.That(info, Does.Contain($"Title:           QCT certification report: {SmallCampaign.Name}"));
        Assert.That(info, Does.Contain("Creator:         QCFramework 0.1.0 (commit 0123456789abcdef0123456789abcdef01234567)"));
        Assert.That(info, Does.Contain("CreationDate:    Tue Mar  4 05:06:07 2025 UTC"));
        Assert.That(info, Does.Contain("Tagged:          yes"));
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/";
        XDocument xmp = XDocument.Parse(Run("pdfinfo", "reads XMP", "-meta", _pdf).Stdout);
        Assert.That(xmp.Descendants(pdfaid + "part").Single().Value, Is.EqualTo("3"), "PDF/A-3");
    }

    [Test]
    public void The_same_campaign_gives_byte_identical_pdf_and_svgs()
    {
        Assert.That(File.ReadAllBytes(_pdfAgain), Is.EqualTo(File.ReadAllBytes(_pdf)));
        string[] first = Directory.GetFiles(Path.Combine(_dir, "out", "figures"), "*.svg").Order(StringComparer.Ordinal).ToArray();
        string[] second = Directory.GetFiles(Path.Combine(_dir, "again", "figures"), "*.svg").Order(StringComparer.Ordinal).ToArray();
        Assert.That(second.Select(Path.GetFileName), Is.EqualTo(first.Select(Path.GetFileName)));
        for (int i = 0; i < first.Length; i++)
        {
            Assert.That(File.ReadAllBytes(second[i]), Is.EqualTo(File.ReadAllBytes(first[i])), Path.GetFileName(first[i]));
        }
    }

    /// <summary>One criterion on one group, as this test expects the report to print it.</summary>
    private sealed record Outcome(string Center, string Criterion, string Group, string Limit, double Value, int Decimals, int Valid, int All, string Verdict);

    /// <summary>The default criteria on one center's rows, from first principles, in the report's order.</summary>
    private List<Outcome> ExpectedOutcomes(string center)
    {
        var rows = _rows.Where(r => r.Center == center).ToArray();
        var outcomes = new List<Outcome>();
        Outcome Make(string criterion, string limit, string group, ResultRow[] g, double value, int decimals, Func<double, bool> accepts) =>
            new(center, criterion, group, limit, value, decimals, g.Valid().Count(), g.Length,
                double.IsNaN(value) ? "N/A" : accepts(value) ? "PASS" : "FAIL");
        IEnumerable<(string Group, ResultRow[] Rows)> ByVertebraAndAlgorithm() =>
            from v in SmallCampaign.Vertebrae
            from a in Algorithms
            select ($"{v.Vertebra} · {a}", rows.Where(r => r.Vertebra == v.Vertebra && r.Algorithm == a).ToArray());

        foreach (var (group, g) in ByVertebraAndAlgorithm())
        {
            outcomes.Add(Make("|RE| ≤ 5 %", "|RE| ≤ 5 %", group, g, g.Valid().Any() ? MeanRe(g) : double.NaN, 2, v => Math.Abs(v) <= ReLimitPct));
        }

        foreach (var (group, g) in ByVertebraAndAlgorithm())
        {
            outcomes.Add(Make("RSD ≤ 2 %", "RSD ≤ 2 %", group, g, RmsCvPct(g), 2, v => v <= RsdLimitPct));
        }

        foreach (string a in Algorithms)
        {
            var g = rows.Where(r => r.Algorithm == a).ToArray();
            outcomes.Add(Make("Slope 0.95–1.05", "0.95 ≤ slope ≤ 1.05", a, g, Ols(g).Slope, 3, v => v >= SlopeMin && v <= SlopeMax));
        }

        return outcomes;
    }

    private string ExpectedOverall(string center)
    {
        var outcomes = ExpectedOutcomes(center);
        return outcomes.Any(o => o.Verdict == "FAIL") ? "FAIL" : outcomes.Any(o => o.Verdict == "PASS") ? "PASS" : "N/A";
    }

    private string CenterSection(string center)
    {
        int index = Array.IndexOf(SmallCampaign.Centers, center);
        string next = index + 1 < SmallCampaign.Centers.Length ? $"{index + 3} {SmallCampaign.Centers[index + 1]}" : $"{index + 3} Consortium summary";
        return Section($"{index + 2} {Regex.Escape(center)}", next);
    }

    /// <summary>The text from the line holding only heading <paramref name="start"/> (a regex) to the one holding only <paramref name="end"/>.</summary>
    private string Section(string start, string? end, string? within = null)
    {
        string text = within ?? _text.Value;
        Match from = Regex.Match(text, $@"(?m)^\s*{start}\s*$");
        Assert.That(from.Success, $"heading '{start}' not found");
        if (end is null)
        {
            return text[from.Index..];
        }

        Match to = Regex.Match(text[from.Index..], $@"(?m)^\s*{end}\s*$");
        return to.Success ? text.Substring(from.Index, to.Index) : text[from.Index..];
    }

    /// <summary>A number printed with <paramref name="decimals"/> decimals equals <paramref name="expected"/> to the printed precision ("n/a" for NaN).</summary>
    private static void AssertPrinted(string printed, double expected, int decimals, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.That(printed, Is.EqualTo("n/a"), what);
            return;
        }

        Assert.That(double.Parse(printed, CultureInfo.InvariantCulture), Is.EqualTo(expected).Within(0.5 * Math.Pow(10, -decimals) + 1e-9), what);
    }

    private static int[] Ints(Match m, params int[] groups) => groups.Select(g => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray();

    private static int[] Ints(Match m, params string[] groups) => groups.Select(g => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray();
}
