using QCFramework.Reporting.Documents;

namespace QCFramework.Reporting.Certification;

/// <summary>A composed certification report: the document, its figures (for figures/*.svg) and the compliance it states.</summary>
/// <param name="Document">The report, ready for <see cref="Documents.Pdf.PdfReportWriter"/>.</param>
/// <param name="Figures">Every figure, in the report's order.</param>
/// <param name="Compliance">The compliance of each center, as the report shows it.</param>
public sealed record ComposedReport(ReportDocument Document, IReadOnlyList<ReportFigure> Figures, IReadOnlyList<CenterCompliance> Compliance);
