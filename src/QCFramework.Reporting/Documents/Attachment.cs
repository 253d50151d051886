using System.Collections.Immutable;

namespace QCFramework.Reporting.Documents;

/// <summary>A file embedded in the report, byte for byte (PDF/A-3 associated file).</summary>
/// <param name="FileName">Name shown by viewers and used on extraction, e.g. "results.csv".</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="MimeType">Media type, e.g. "text/csv" or "application/json".</param>
/// <param name="Description">One line shown by viewers.</param>
/// <param name="Relationship">How the file relates to the report.</param>
public sealed record Attachment(string FileName, ImmutableArray<byte> Content, string MimeType, string Description,
    AttachmentRelationship Relationship);
