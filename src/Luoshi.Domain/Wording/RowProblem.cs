namespace Luoshi.Domain.Wording;

/// <summary>A problem a domain rule finds in one row of a file (a code used twice, a parent that does not exist): the
/// row's number and the column by its English name, which the file's reader turns into a full <see cref="Place"/>
/// (sheet, column letter). The rules know rows and fields, not files.</summary>
/// <param name="Row">The 1-based line or sheet row.</param>
/// <param name="Column">The column's English name, or null for the row as a whole.</param>
public sealed record RowProblem(int Row, string? Column, Words Message);
