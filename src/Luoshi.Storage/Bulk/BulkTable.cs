namespace Luoshi.Storage.Bulk;

/// <summary>The type of a column the bulk writer fills, as EF stores it on each provider.</summary>
internal enum BulkType
{
    /// <summary>integer.</summary>
    Int,

    /// <summary>bigint (money in fen).</summary>
    Long,

    /// <summary>numeric on PostgreSQL, text on SQLite ("861.0").</summary>
    Decimal,

    /// <summary>text (enums as their names, lists as JSON).</summary>
    Text,

    /// <summary>date on PostgreSQL, text yyyy-MM-dd on SQLite.</summary>
    Date,

    /// <summary>boolean on PostgreSQL, integer 0/1 on SQLite.</summary>
    Bool,

    /// <summary>timestamp with time zone on PostgreSQL, text on SQLite.</summary>
    Timestamp,

    /// <summary>double precision / real.</summary>
    Double,
}

/// <summary>A column of a <see cref="BulkTable"/>.</summary>
internal readonly record struct BulkColumn(string Name, BulkType Type);

/// <summary>A table the bulk writer fills: its name and the columns each row gives, in order (an id column among them
/// when the caller assigned ids with <see cref="BulkWriter.ReserveIdsAsync"/>).</summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    /// <summary>The table with <paramref name="columns"/> given as name and type.</summary>
    public static BulkTable Of(string name, params (string Name, BulkType Type)[] columns) =>
        new(name, [.. columns.Select(c => new BulkColumn(c.Name, c.Type))]);
}
