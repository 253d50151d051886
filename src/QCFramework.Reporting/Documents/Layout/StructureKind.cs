namespace QCFramework.Reporting.Documents.Layout;

/// <summary>The logical structure types reports use (ISO 32000-1 §14.8.4 standard structure types).</summary>
internal enum StructureKind
{
    Heading1,
    Heading2,
    Heading3,
    Paragraph,
    Table,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    Figure,
    Caption,
    TableOfContents,
    TableOfContentsItem,
}
