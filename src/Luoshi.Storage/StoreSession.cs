using Luoshi.Domain.Time;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Reading.Facts;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage;

/// <summary>What every operation of a ledger needs: a fresh context per unit of work, who acts, and the clock.</summary>
internal sealed class StoreSession
{
    private readonly DbContextOptions<SqliteLedgerDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresLedgerDbContext>? _postgres;
    private readonly TimeProvider _time;

    public StoreSession(StoreOptions options, string actor, TimeProvider time)
        : this(options, actor, time,
            options.Provider == StoreProvider.Sqlite ? ContextOptions.Sqlite(options.ConnectionString) : null,
            options.Provider == StoreProvider.Postgres ? ContextOptions.Postgres(options.ConnectionString) : null,
            new ReadingCache())
    {
    }

    private StoreSession(
        StoreOptions options, string actor, TimeProvider time,
        DbContextOptions<SqliteLedgerDbContext>? sqlite, DbContextOptions<PostgresLedgerDbContext>? postgres, ReadingCache reading)
    {
        (Options, Actor, _time, _sqlite, _postgres, Reading) = (options, actor, time, sqlite, postgres, reading);
    }

    public StoreOptions Options { get; }

    /// <summary>What reading this database kept from its last read; shared by every actor's session of it.</summary>
    public ReadingCache Reading { get; }

    public string Actor { get; }

    /// <summary>Now, from the injected clock (tests fix it); the domain never reads a clock itself.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Today in China by the injected clock: the day flags, identifications and measures are dated by.</summary>
    public DateOnly Today => ChinaTime.DayOf(Now);

    /// <summary>The same database and clock, acting as <paramref name="actor"/>.</summary>
    public StoreSession WithActor(string actor) => new(Options, actor, _time, _sqlite, _postgres, Reading);

    /// <summary>The same database, acting as <paramref name="actor"/> by <paramref name="time"/>.</summary>
    public StoreSession WithActor(string actor, TimeProvider time) => new(Options, actor, time, _sqlite, _postgres, Reading);

    public LedgerDbContext NewContext() => _sqlite is not null
        ? new SqliteLedgerDbContext(_sqlite)
        : new PostgresLedgerDbContext(_postgres!);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed only when <paramref name="commit"/> says
    /// so; a refused or failed unit of work leaves nothing behind. Before committing, the projections that follow the
    /// audited changes (task_facts) are brought up to date in the same transaction. On PostgreSQL the execution
    /// strategy may run it again after a dropped connection, so the work starts from a clean change tracker each time.</summary>
    /// <remarks>Two people creating the same record at once (one report of a task and period) both find it missing,
    /// and the database lets one of them store it. The other's write breaks the unique key: it is rolled back and run
    /// once more, now finding the record, so it answers as any later caller would (a conflict naming the version),
    /// never with the database's error. This is the one place that catches the violation.</remarks>
    public async Task<T> WriteAsync<T>(
        Func<LedgerDbContext, CancellationToken, Task<T>> work, Func<T, bool> commit, CancellationToken ct)
    {
        try
        {
            return await WriteOnceAsync(work, commit, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (UniqueViolations.Is(e))
        {
            return await WriteOnceAsync(work, commit, ct).ConfigureAwait(false);
        }
    }

    private async Task<T> WriteOnceAsync<T>(
        Func<LedgerDbContext, CancellationToken, Task<T>> work, Func<T, bool> commit, CancellationToken ct)
    {
        await using var db = NewContext();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                TaskFactsProjection.Reset(db);
                await using var transaction = await db.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                var result = await work(db, token).ConfigureAwait(false);
                if (commit(result))
                {
                    await TaskFactsProjection.UpdateAsync(db, Options.Provider, token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                }

                return result;
            },
            ct).ConfigureAwait(false);
    }

    /// <summary>Runs a read-only query on a fresh context.</summary>
    public async Task<T> ReadAsync<T>(Func<LedgerDbContext, CancellationToken, Task<T>> query, CancellationToken ct)
    {
        await using var db = NewContext();
        return await query(db, ct).ConfigureAwait(false);
    }
}
