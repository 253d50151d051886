namespace QCFramework.Reporting.Documents;

/// <summary>
/// What a report says about itself: PDF document information and XMP metadata, and what makes its bytes
/// reproducible. The creation date and the identity come from the caller (e.g. the campaign manifest and
/// hash), never from the clock, so the same inputs give the same file.
/// </summary>
/// <param name="Title">Document title (shown by viewers instead of the file name).</param>
/// <param name="Author">Who is responsible for the content, e.g. the certifying body.</param>
/// <param name="Subject">One-line description.</param>
/// <param name="Keywords">Comma-separated keywords.</param>
/// <param name="Creator">Software that produced the content, with its version and commit.</param>
/// <param name="CreatedAt">Creation date written to the document information and XMP.</param>
/// <param name="Identity">A string that identifies this document's content (e.g. campaign hash + report kind); the PDF file identifier and XMP document ID are derived from it.</param>
public sealed record DocumentMetadata(string Title, string Author, string Subject, string Keywords, string Creator,
    DateTimeOffset CreatedAt, string Identity)
{
    /// <summary>Natural language of the text (BCP 47), written as the catalog's /Lang.</summary>
    public string Language { get; init; } = "en";
}
