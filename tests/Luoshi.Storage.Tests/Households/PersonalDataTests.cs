using Luoshi.Domain.Access;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Households;

/// <summary>Masking, area scope and the audit of every detail view.</summary>
public abstract class PersonalDataTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task RegisterAsync()
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", Register.Units), null, Ct)).Succeeded);
        Assert.True((await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", Register.Three()), null, Ct)).Succeeded);
    }

    [Theory]
    [InlineData(AccountRole.Office)]
    [InlineData(AccountRole.Administrator)]
    [InlineData(AccountRole.Leader)]
    public async Task List_EveryRole_MaskedAndAllHouseholds(AccountRole role)
    {
        await RegisterAsync();

        var page = (await Ledger.ListHouseholdsAsync(new HouseholdViewer(role), null, 1, 50, Ct)).Value!;

        Assert.Equal(3, page.Total);
        var zhang = page.Items[0];
        Assert.Equal(("H001", "张*明", "440784********1232", "东升村", 3), (zhang.Number, zhang.HeadName, zhang.HeadIdNumber, zhang.VillageName, zhang.Members));
        Assert.Equal(["王*", "赵*"], page.Items.Skip(1).Select(i => i.HeadName));
    }

    [Theory]
    [InlineData("大沙镇", new[] { "H001", "H002" })]
    [InlineData("T1", new[] { "H001", "H002" })]
    [InlineData("南山村", new[] { "H003" })]
    [InlineData("测试市人力资源和社会保障局", new string[0])]
    [InlineData(null, new string[0])]
    public async Task List_UnitReporter_OnlyTheirTownOrVillage(string? unit, string[] numbers)
    {
        await RegisterAsync();

        var page = (await Ledger.ListHouseholdsAsync(new HouseholdViewer(AccountRole.UnitReporter, unit), null, 1, 50, Ct)).Value!;

        Assert.Equal(numbers, page.Items.Select(i => i.Number));
        Assert.Equal(numbers.Length, page.Total);
    }

    [Fact]
    public async Task List_PagedAndFiltered()
    {
        await RegisterAsync();

        var second = (await Ledger.ListHouseholdsAsync(HouseholdViewer.Office, null, 2, 2, Ct)).Value!;
        var t1 = (await Ledger.ListHouseholdsAsync(HouseholdViewer.Office, new HouseholdFilter("T1"), 1, 50, Ct)).Value!;
        var scopedAndFiltered = (await Ledger.ListHouseholdsAsync(new HouseholdViewer(AccountRole.UnitReporter, "南山村"), new HouseholdFilter("T1"), 1, 50, Ct)).Value!;
        var bad = await Ledger.ListHouseholdsAsync(HouseholdViewer.Office, new HouseholdFilter("D1"), 1, 50, Ct);

        Assert.Equal(["H003"], second.Items.Select(i => i.Number));
        Assert.Equal((3, 2), (second.Total, second.Pages));
        Assert.Equal(["H001", "H002"], t1.Items.Select(i => i.Number));
        Assert.Equal(0, scopedAndFiltered.Total);
        Assert.Equal("field area: no town, subdistrict or village with the code 'D1'", bad.Error!.ToWords().En);
    }

    [Theory]
    [InlineData(AccountRole.Office, "张三明", "440784198001011232", "李四", "44078419850215002X")]
    [InlineData(AccountRole.Administrator, "张三明", "440784198001011232", "李四", "44078419850215002X")]
    [InlineData(AccountRole.Leader, "张*明", "440784********1232", "李*", "440784********002X")]
    public async Task View_ByRole_DisclosesWhatTheRoleNeedsAndIsAudited(AccountRole role, string head, string id, string member, string memberId)
    {
        await RegisterAsync();
        await using var leader = Ledger.ForActor("viewer1");

        var detail = (await leader.ViewHouseholdAsync(new HouseholdViewer(role), "H001", Ct)).Value!;

        Assert.Equal((head, id, member, memberId), (detail.HeadName, detail.HeadIdNumber, detail.Members[0].Name, detail.Members[0].IdNumber));
        var seen = Assert.Single(await Ledger.HistoryAsync("household", "H001", Ct));
        Assert.Equal(("household.view", "viewer1", Noon), (seen.Action, seen.Actor, seen.At));
        Assert.Contains($"\"Role\":\"{role}\"", seen.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_VillageStaff_NamesButNotNumbers_OutsideTheirAreaNotFoundAndNotAudited()
    {
        await RegisterAsync();
        var staff = new HouseholdViewer(AccountRole.UnitReporter, "大沙镇");

        var own = (await Ledger.ViewHouseholdAsync(staff, "H001", Ct)).Value!;
        var other = await Ledger.ViewHouseholdAsync(staff, "H003", Ct);

        Assert.Equal(("张三明", "440784********1232"), (own.HeadName, own.HeadIdNumber));
        Assert.Equal("no household 'H003' in the register (expected its number or its head's identity number)", other.Error!.Message.En);
        Assert.Single(await Ledger.AuditAsync(10, "household", Ct));
    }

    [Fact]
    public async Task Warnings_UnitReporter_OnlyTheirArea()
    {
        await RegisterAsync();
        await Ledger.SetIncomeLineAsync(2021, 6000m, Ct);

        var town2 = await Ledger.HouseholdWarningsAsync(new HouseholdViewer(AccountRole.UnitReporter, "江谷镇"), new DateOnly(2022, 5, 1), Ct);
        var town1 = await Ledger.HouseholdWarningsAsync(new HouseholdViewer(AccountRole.UnitReporter, "大沙镇"), new DateOnly(2022, 5, 1), Ct);

        Assert.Empty(town2.Towns);
        Assert.Equal(new(1, 0, 1), town1.Totals);
    }
}

public sealed class SqlitePersonalDataTests : PersonalDataTests<SqliteTestDatabase>;

public sealed class PostgresPersonalDataTests : PersonalDataTests<PostgresTestDatabase>;
