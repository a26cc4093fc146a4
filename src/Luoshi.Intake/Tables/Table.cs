using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Tables;

/// <summary>The data rows of a file read as a table, one at a time (CSV and .xlsx alike): each row's cells in the order
/// of the columns asked for, trimmed, and the place of every cell for a problem. Rows stream: a reader moves on with
/// <see cref="MoveNext"/> and reads the current row's cells, so two million rows never sit in memory.</summary>
public abstract class Table : IDisposable
{
    /// <summary>A table of <paramref name="file"/> (in <paramref name="sheet"/> for a workbook) with its columns found.</summary>
    /// <param name="letters">Each asked-for column's letter in a sheet ("D"), "csv" in a text file, or "" when the file lacks it.</param>
    private protected Table(string file, string? sheet, IReadOnlyList<Column> columns, string[] letters) =>
        Places = new TablePlaces(file, sheet, columns, letters);

    /// <summary>How problems are placed in this file, also after it is closed.</summary>
    public TablePlaces Places { get; }

    /// <summary>The file's name.</summary>
    public string File => Places.File;

    /// <summary>The worksheet read, or null for a text file.</summary>
    public string? Sheet => Places.Sheet;

    /// <summary>The columns asked for, in the order cells are read.</summary>
    public IReadOnlyList<Column> Columns => Places.Columns;

    /// <summary>The current row's line (text file) or row number (sheet), 1-based.</summary>
    public int Number { get; private protected set; }

    /// <summary>What is wrong with the current row as a whole (a wrong number of cells); its cells read as empty then.</summary>
    public Words? Malformed { get; private protected set; }

    /// <summary>What stopped the reading before the end (a byte that is not text, broken sheet XML), or null.</summary>
    public Problem? Failure { get; private protected set; }

    /// <summary>True for a workbook, whose number cells may hold day numbers.</summary>
    public bool IsWorkbook => Sheet is not null;

    /// <summary>Moves to the next row that holds anything; false at the end (or at a <see cref="Failure"/>).</summary>
    public abstract bool MoveNext();

    /// <summary>The current row's cell of column <paramref name="column"/>, trimmed; empty when absent.</summary>
    public abstract ReadOnlySpan<char> this[int column] { get; }

    /// <summary>The cell as a string (the one shared empty string for an empty cell).</summary>
    public string Text(int column) => this[column] is { IsEmpty: false } span ? span.ToString() : "";

    /// <summary>True when the workbook stored the cell as a number (dates are numbers there).</summary>
    public abstract bool IsNumber(int column);

    /// <summary>True when the file has the (optional) column.</summary>
    public bool Has(int column) => Places.Has(column);

    /// <summary>The current row's cell of <paramref name="column"/>: "units.csv, line 3, column kind".</summary>
    public Place Place(int column) => Places.At(Number, column);

    /// <summary>The current row as a whole.</summary>
    public Place RowPlace => Places.At(Number);

    /// <summary>Releases the file.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the reader.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
