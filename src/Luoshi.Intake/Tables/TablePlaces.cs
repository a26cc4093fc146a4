using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Tables;

/// <summary>How to place a problem in a table's file, kept after the file is closed: the rules across rows run once
/// every row is read and still name the row and column ("名册.xlsx, sheet 村庄名册, row 3, column D (households)").</summary>
public sealed class TablePlaces
{
    private readonly string[] _letters;

    internal TablePlaces(string file, string? sheet, IReadOnlyList<Column> columns, string[] letters) =>
        (File, Sheet, Columns, _letters) = (file, sheet, columns, letters);

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>The worksheet, or null for a text file.</summary>
    public string? Sheet { get; }

    /// <summary>The columns asked for.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>True when the file has the (optional) column.</summary>
    public bool Has(int column) => _letters[column].Length > 0;

    /// <summary>A cell: "units.csv, line 3, column kind" or "名册.xlsx, sheet 村庄名册, row 3, column D (households)".</summary>
    public Place At(int row, int column) => Sheet is null
        ? new(File, Line: row, Column: Columns[column].Name)
        : new(File, Sheet, row, _letters[column].Length > 0 ? $"{_letters[column]} ({Columns[column].Name})" : Columns[column].Name);

    /// <summary>A cell by its column's English name, as the domain's rules name fields.</summary>
    public Place At(int row, string column)
    {
        for (var c = 0; c < Columns.Count; c++)
        {
            if (string.Equals(Columns[c].Name, column, StringComparison.Ordinal))
            {
                return At(row, c);
            }
        }

        return new(File, Sheet, row, column);
    }

    /// <summary>A row as a whole.</summary>
    public Place At(int row) => new(File, Sheet, row);

    /// <summary>"line 3" in a text file, "row 3" in a sheet: how a message names another row.</summary>
    public Words RowName(int row) => Catalogue.Registers.RowName(row, Sheet is not null);

    /// <summary>The domain rule's problem placed in this file.</summary>
    public Problem Of(Domain.Wording.RowProblem problem) =>
        new(problem.Message, problem.Column is { } column ? At(problem.Row, column) : At(problem.Row));
}
