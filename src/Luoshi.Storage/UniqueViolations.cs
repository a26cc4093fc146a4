using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Luoshi.Storage;

/// <summary>Tells a unique-key violation (someone stored the same record first) from other database errors, on both
/// databases: PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE and _PRIMARYKEY.</summary>
internal static class UniqueViolations
{
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool Is(Exception e) => e switch
    {
        DbUpdateException { InnerException: { } inner } => Is(inner),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        _ => false,
    };
}
