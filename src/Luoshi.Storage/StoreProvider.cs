namespace Luoshi.Storage;

/// <summary>The database behind a ledger: SQLite embedded in one file, or a shared PostgreSQL server.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file on this machine (the default for a single office).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several users or web instances.</summary>
    Postgres,
}
