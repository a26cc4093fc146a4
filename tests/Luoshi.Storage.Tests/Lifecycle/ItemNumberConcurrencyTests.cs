using System.Text;
using Luoshi.Domain.Lifecycle;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>Items numbered while others are numbered: eight office clerks creating a 政协提案 each and two importing a
/// file of three each, all at the same moment, every one on its own ledger and connection. Every creation and import
/// succeeds, and the fourteen proposals are 2022-提案-001 to -014, each number once, each file's three in its order.</summary>
public abstract class ItemNumberConcurrencyTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const int Creators = 8;
    private const int Importers = 2;

    [Fact]
    public async Task CreateAndImportAtOnce_EveryItemItsOwnNumberInSequence()
    {
        await PlanAsync();
        On("2022-09-29");
        var ledgers = new List<Ledger>();
        for (var i = 0; i < Creators + Importers; i++)
        {
            ledgers.Add(await OpenAsAsync($"督查室{i}"));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var creations = ledgers.Take(Creators).Select((ledger, i) => Task.Run(async () =>
        {
            await start.Task;
            return await ledger.Lifecycle.CreateItemAsync(Office, new NewItem(ItemSource.CppccProposal, 2022, $"提案{i}", $"政协提案第{i}号", null, "教育局", D("2022-12-31")), Ct);
        }, Ct)).ToList();
        var imports = ledgers.Skip(Creators).Select((ledger, i) => Task.Run(async () =>
        {
            await start.Task;
            return await ledger.Lifecycle.ImportItemsAsync(Office, File(i), Ct);
        }, Ct)).ToList();
        start.SetResult();
        var created = await Task.WhenAll(creations);
        var imported = await Task.WhenAll(imports);
        foreach (var ledger in ledgers)
        {
            await ledger.DisposeAsync();
        }

        Assert.All(created, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.All(imported, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        var items = await Life.ListItemsAsync(ItemSource.CppccProposal, Ct);
        Assert.Equal(Enumerable.Range(1, Creators + (Importers * 3)).Select(n => $"2022-提案-{n:000}"), items.Select(i => i.Number));
        Assert.Equal(created.Select(r => r.Value!).Order(StringComparer.Ordinal), items.Where(i => i.Title.StartsWith("提案", StringComparison.Ordinal)).Select(i => i.Number));
        for (var f = 0; f < Importers; f++)
        {
            var numbers = items.Where(i => i.Title.StartsWith($"文件{f}", StringComparison.Ordinal)).Select(i => (i.Title, Sequence: int.Parse(i.Number[^3..], System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.Equal([$"文件{f}之一", $"文件{f}之二", $"文件{f}之三"], numbers.Select(n => n.Title));
            Assert.Equal([numbers[0].Sequence, numbers[0].Sequence + 1, numbers[0].Sequence + 2], numbers.Select(n => n.Sequence));
        }

        Assert.Equal(Creators + (Importers * 3), await CountAsync("audit_entries WHERE action = 'item.create'"));
    }

    private static VillageFile File(int i) => new($"items{i}.csv", Encoding.UTF8.GetBytes("来源,事项名称,来源文件,责任领导,牵头单位,办理时限\n"
        + $"政协提案,文件{i}之一,,,教育局,2022-12-31\n政协提案,文件{i}之二,,,教育局,2022-12-31\n政协提案,文件{i}之三,,,教育局,2022-12-31\n"));
}

public sealed class SqliteItemNumberConcurrencyTests : ItemNumberConcurrencyTests<SqliteTestDatabase>;

public sealed class PostgresItemNumberConcurrencyTests : ItemNumberConcurrencyTests<PostgresTestDatabase>;
