namespace QCFramework.IO.Csv;

/// <summary>The rows of a CSV file that have a value in every requested column.</summary>
/// <param name="Numbers">One array per requested numeric column, in the order asked for.</param>
/// <param name="Texts">One array per requested text column, in the order asked for.</param>
/// <param name="Excluded">Rows left out because at least one requested cell was missing.</param>
public sealed record CsvCompleteCases(IReadOnlyList<double[]> Numbers, IReadOnlyList<string[]> Texts, int Excluded);
