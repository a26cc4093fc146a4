using System.CommandLine;
using Luoshi.Storage;

namespace Luoshi.Cli.LedgerAccess;

/// <summary>The options every ledger command shares: which store, and who is acting (for the audit trail).</summary>
internal sealed class StoreSelection
{
    /// <summary>The SQLite file used when nothing else is said.</summary>
    public const string DefaultDatabase = "luoshi.db";

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"SQLite file of the ledger (default: $LUOSHI_DB, else ./{DefaultDatabase}; created on first use)",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string instead of SQLite (default: $LUOSHI_POSTGRES when set)",
    };

    public Option<string?> Actor { get; } = new("--as")
    {
        Description = "Who is acting, as the audit trail records it (default: $LUOSHI_ACTOR, else the login name)",
    };

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Postgres);
        command.Options.Add(Actor);
    }

    /// <summary>The store the command line points at.</summary>
    public StoreOptions StoreFrom(ParseResult result)
    {
        var postgres = result.GetValue(Postgres) ?? Environment.GetEnvironmentVariable("LUOSHI_POSTGRES");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new StoreOptions(StoreProvider.Postgres, postgres);
        }

        var file = result.GetValue(Database) ?? Environment.GetEnvironmentVariable("LUOSHI_DB");
        return StoreOptions.SqliteFile(string.IsNullOrWhiteSpace(file) ? DefaultDatabase : file);
    }

    /// <summary>The acting person's name.</summary>
    public string ActorFrom(ParseResult result) =>
        result.GetValue(Actor) ?? Environment.GetEnvironmentVariable("LUOSHI_ACTOR") ?? Environment.UserName;

    /// <summary>Opens the ledger the command line points at.</summary>
    public Task<Luoshi.Storage.Ledger> OpenAsync(ParseResult result, CancellationToken ct) =>
        Luoshi.Storage.Ledger.OpenAsync(StoreFrom(result), ActorFrom(result), TimeProvider.System, ct);
}
