using Luoshi.Domain.Reading;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests;

/// <summary>Every storage test runs on a fresh real database of each provider (a concrete class per provider).</summary>
public abstract class LedgerTestBase<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    public static readonly DateTimeOffset Noon = new(2022, 4, 10, 12, 0, 0, TimeSpan.Zero);

    protected TDatabase Database { get; } = new();

    protected StoreOptions Options { get; private set; } = null!;

    protected FixedClock Clock { get; } = new(Noon);

    protected Ledger Ledger { get; private set; } = null!;

    protected string Files { get; } = Path.Combine(Path.GetTempPath(), "luoshi-test-files", Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Files);
        Options = await Database.CreateAsync(GetType().Name);
        Ledger = await Ledger.OpenAsync(Options, "王科员", Clock, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Ledger is not null)
        {
            await Ledger.DisposeAsync();
        }

        await Database.DisposeAsync();
        Directory.Delete(Files, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected Task<Ledger> OpenAsAsync(string actor) => Ledger.OpenAsync(Options, actor, Clock, TestContext.Current.CancellationToken);

    protected string WriteFile(string name, string text)
    {
        var path = Path.Combine(Files, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every target of the plan as of <paramref name="asOf"/> (its reading), optionally only those whose task
    /// <paramref name="unit"/> (name or alias) leads.</summary>
    protected async Task<IReadOnlyList<TargetReading>> TargetsAsync(int planId, DateOnly asOf, string? unit = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var targets = (await Ledger.ReadPlanAsync(planId, asOf, ct: ct))!.Targets;
        if (unit is null)
        {
            return targets;
        }

        var lead = await Ledger.FindUnitNameAsync(unit, ct) ?? unit;
        return [.. targets.Where(t => t.Task.LeadUnit == lead)];
    }

    protected Task<long> CountAsync(string table) => Database.CountAsync($"SELECT COUNT(*) FROM {table}");
}
