using QCFramework.Campaigns.Definition;
using QCFramework.Simulation;

namespace QCFramework.Campaigns.Running;

/// <summary>
/// One scan of a campaign: what is scanned where, with which protocol and repeat, and its seed
/// (derived from the master seed and <see cref="ScanId"/>, so it depends on nothing else).
/// </summary>
/// <param name="ScanId">Stable identity: center/setup/protocol/repeat.</param>
/// <param name="Center">The center.</param>
/// <param name="Setup">What is scanned (simulated centers) or null for a real scan.</param>
/// <param name="Protocol">The protocol (simulated centers) or null.</param>
/// <param name="Repeat">Repeat index, from 1.</param>
/// <param name="Seed">The scan's seed.</param>
/// <param name="DicomFolder">For a real scan: its series folder.</param>
public sealed record ScanSpec(string ScanId, Center Center, Setup? Setup, ScanProtocol? Protocol, int Repeat, ulong Seed, string? DicomFolder = null);
