namespace QCFramework.Reporting.Documents;

/// <summary>How an embedded file relates to the report (PDF/A-3 /AFRelationship, ISO 19005-3 §6.8).</summary>
public enum AttachmentRelationship
{
    /// <summary>The data the report's content is drawn from (e.g. results.csv).</summary>
    Data,

    /// <summary>The source the content was produced from (e.g. the campaign definition).</summary>
    Source,

    /// <summary>Supplementary material (e.g. a manifest).</summary>
    Supplement,
}
