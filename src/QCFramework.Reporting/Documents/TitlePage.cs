namespace QCFramework.Reporting.Documents;

/// <summary>The first page: a title, a subtitle, and labelled details (centre, campaign, date, software).</summary>
/// <param name="Title">Large title.</param>
/// <param name="Subtitle">Line under the title, or null.</param>
/// <param name="Details">Label–value pairs printed as a two-column table.</param>
public sealed record TitlePage(string Title, string? Subtitle, IReadOnlyList<KeyValuePair<string, string>> Details);
