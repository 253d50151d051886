namespace QCFramework.Results;

/// <summary>A file and its SHA-256, as recorded in a manifest.</summary>
/// <param name="Path">Path relative to the campaign file or output folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record FileHash(string Path, string Sha256);

/// <summary>
/// What makes a campaign's results reproducible and traceable: the software and its commit, the
/// campaign file's hash, the master seed and every scan's seed, and the hashes of the inputs and
/// outputs (manifest.json; docs/CONTRACTS.md).
/// </summary>
public sealed record CampaignManifest
{
    /// <summary>Campaign name.</summary>
    public required string Campaign { get; init; }

    /// <summary>QCFramework version.</summary>
    public required string SoftwareVersion { get; init; }

    /// <summary>Source commit of the software, if known.</summary>
    public required string SoftwareCommit { get; init; }

    /// <summary>SHA-256 of the campaign file.</summary>
    public required string CampaignSha256 { get; init; }

    /// <summary>The campaign's master seed.</summary>
    public required ulong MasterSeed { get; init; }

    /// <summary>When the campaign was defined to run (from the campaign, so reruns are identical), ISO 8601 UTC.</summary>
    public required string CreatedUtc { get; init; }

    /// <summary>Every scan's identity and seed.</summary>
    public required IReadOnlyList<ScanSeed> Scans { get; init; }

    /// <summary>Input files (campaign, phantoms, scanners, criteria) with their hashes.</summary>
    public required IReadOnlyList<FileHash> Inputs { get; init; }

    /// <summary>Output files (results.csv, …) with their hashes.</summary>
    public required IReadOnlyList<FileHash> Outputs { get; init; }

    /// <summary>Algorithms run, with their citations.</summary>
    public required IReadOnlyList<AlgorithmInfo> Algorithms { get; init; }

    /// <summary>Centers with their scanners, for the reports.</summary>
    public required IReadOnlyList<CenterInfo> Centers { get; init; }

    /// <summary>The shard this output holds ("1/1" for a whole run).</summary>
    public string Shard { get; init; } = "1/1";
}

/// <summary>A scan's identity and seed.</summary>
/// <param name="ScanId">Scan identifier.</param>
/// <param name="Seed">Its seed.</param>
public sealed record ScanSeed(string ScanId, ulong Seed);

/// <summary>An algorithm as a report cites it.</summary>
/// <param name="Name">Registry name.</param>
/// <param name="Family">Family (phantom, phantomless, dual-energy, …).</param>
/// <param name="Citation">Source.</param>
public sealed record AlgorithmInfo(string Name, string Family, string Citation);

/// <summary>A center and its scanner, for the reports.</summary>
/// <param name="Name">Center name.</param>
/// <param name="Scanner">Scanner profile or model.</param>
/// <param name="Manufacturer">Manufacturer.</param>
/// <param name="Model">Model.</param>
public sealed record CenterInfo(string Name, string Scanner, string Manufacturer, string Model);
