namespace Luoshi.Storage.Tests.Databases;

/// <summary>A real, empty database for one test: created before it, dropped after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract Task<StoreOptions> CreateAsync(string name);

    /// <summary>Runs raw SQL outside the ledger, as someone with direct database access would.</summary>
    public abstract Task<int> ExecuteAsync(string sql);

    /// <summary>Runs a raw scalar query, e.g. a row count.</summary>
    public abstract Task<long> CountAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
