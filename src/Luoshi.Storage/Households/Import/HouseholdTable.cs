using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Households.Import;

/// <summary>The rows of a household file however it was stored (CSV, a worksheet): each row's cells in the order of
/// the columns' names, an absent optional column as empty text.</summary>
public abstract class HouseholdTable : IDisposable
{
    /// <summary>The file's name, for error places.</summary>
    public abstract string File { get; }

    /// <summary>Null when the header has every required column, else what is wrong with the file itself.</summary>
    public abstract Problem? Problem { get; }

    /// <summary>The data rows by 1-based line (or sheet row) with their cells by column; the array may be reused
    /// between rows.</summary>
    public abstract IEnumerable<HouseholdTableRow> Rows(CancellationToken ct);

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

    /// <summary>The column names, required first, as files carry them.</summary>
    public static IReadOnlyList<string> ColumnNames => HouseholdColumns.Names;

    /// <summary>How many of <see cref="ColumnNames"/> every file must have.</summary>
    public static int RequiredColumns => HouseholdColumns.RequiredCount;
}
