using QCFramework.Results;

namespace QCFramework.Reporting.Certification;

/// <summary>What a certification report is composed from: a campaign's results and manifest (parsed, and their files' bytes, which are embedded unchanged) and the acceptance criteria.</summary>
/// <param name="Rows">The results.</param>
/// <param name="Manifest">The manifest.</param>
/// <param name="Criteria">The acceptance criteria.</param>
/// <param name="CriteriaFileName">The criteria file's name, as cited in the report and used for its attachment.</param>
/// <param name="ResultsCsv">The bytes of results.csv.</param>
/// <param name="ManifestJson">The bytes of manifest.json.</param>
/// <param name="CriteriaYaml">The bytes of the criteria file.</param>
public sealed record CertificationInput(IReadOnlyList<ResultRow> Rows, CampaignManifest Manifest, AcceptanceCriteria Criteria,
    string CriteriaFileName, byte[] ResultsCsv, byte[] ManifestJson, byte[] CriteriaYaml);
