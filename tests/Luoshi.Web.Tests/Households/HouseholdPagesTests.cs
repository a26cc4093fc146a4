using System.Net;
using System.Text.Json;
using Luoshi.Domain.Access;
using Luoshi.Domain.Households;
using Luoshi.Storage;
using Luoshi.Storage.Households.Reading;

namespace Luoshi.Web.Tests.Households;

/// <summary>The register over HTTP: warnings on their page and on the overview, the masked and area-scoped list, the
/// detail shown by role and audited at every view (pages and API), and the office's steps behind anti-forgery tokens.
/// 张三明 (东升村, 大沙镇) was flagged on 2022-09-01 and is late on the ledger's day, 2022-10-10; 王五 (西江村) was
/// identified on 2022-09-01 without a measure; 赵六 lives in 南山村 (江谷镇).</summary>
public sealed class HouseholdPagesTests(WebLedger web) : IClassFixture<WebLedger>
{
    private const string Units = "code,name,kind,parent,aliases\nT1,大沙镇,town,CS,\nT2,江谷镇,town,CS,\nV11,东升村,village,T1,\nV12,西江村,village,T1,\nV21,南山村,village,T2,\n";
    private const string Households = "household,village,head,id_number,year,income,members,flagged_on,identified_on\n"
        + "H001,V11,张三明,440784198001011232,2021,5800.50,李四/44078419850215002X/配偶,2022-09-01,\n"
        + "H002,V12,王五,440784195207080045,2021,9000,,2022-09-01,2022-09-01\n"
        + "H003,V21,赵六,440784197811110051,2021,12000,,,\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The fixture is shared by the class's tests: importing the same files again updates in place, and accounts that
    // exist already are kept.
    private async Task RegisterAsync()
    {
        var directory = Directory.CreateTempSubdirectory("luoshi-web-households-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "units.csv"), Units, Ct);
            await File.WriteAllTextAsync(Path.Combine(directory, "households.csv"), Households, Ct);
            Assert.True((await web.Ledger.ImportUnitsAsync(Path.Combine(directory, "units.csv"), null, Ct)).Succeeded);
            var imported = await web.Ledger.ImportHouseholdsAsync(Path.Combine(directory, "households.csv"), null, Ct);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        await web.Ledger.CreateAccountAsync(new NewAccount("dsz", "大沙镇 测试", AccountRole.UnitReporter, "大沙镇", WebLedger.Password), Ct);
    }

    private async Task<int> ViewsAsync(string number) => (await web.Ledger.HistoryAsync("household", number, Ct)).Count(a => a.Action == "household.view");

    [Fact]
    public async Task Warnings_OnTheirPageByTownAndVillage_AndCountedOnTheOverview()
    {
        await RegisterAsync();
        using var office = await web.SignedInAsync("office");

        var page = await office.GetStringAsync("/households", Ct);
        var overview = await office.GetStringAsync("/", Ct);

        Assert.Contains("<b id=\"late\">1</b>", page, StringComparison.Ordinal);
        Assert.Contains("<b id=\"unassisted\">1</b>", page, StringComparison.Ordinal);
        Assert.Contains("<th><a href=\"/households/list?area=T1\">大沙镇</a></th><td>1</td><td>1</td><td>0</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("江谷镇", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/households\" id=\"household-warnings\"><b>2</b>", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MaskedForEveryone_AndTownStaffSeeOnlyTheirTown()
    {
        await RegisterAsync();
        using var office = await web.SignedInAsync("office");
        using var town = await web.SignedInAsync("dsz");
        using var department = await web.SignedInAsync("rsj");

        var all = await office.GetStringAsync("/households/list", Ct);
        var theirs = await town.GetStringAsync("/households/list", Ct);
        var none = await department.GetStringAsync("/households/list", Ct);

        Assert.Contains("张*明", all, StringComparison.Ordinal);
        Assert.Contains("440784********1232", all, StringComparison.Ordinal);
        Assert.DoesNotContain("张三明", all, StringComparison.Ordinal);
        Assert.DoesNotContain("440784198001011232", all, StringComparison.Ordinal);
        Assert.Contains("共 3 户", all, StringComparison.Ordinal);
        Assert.Contains("共 2 户", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("H003", theirs, StringComparison.Ordinal);
        Assert.Contains("共 0 户", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_ByRole_AndEveryViewAudited_OutsideTheAreaNotFound()
    {
        await RegisterAsync();
        using var office = await web.SignedInAsync("office");
        using var leader = await web.SignedInAsync("leader");
        using var town = await web.SignedInAsync("dsz");
        var before = await ViewsAsync("H001");

        var full = await office.GetStringAsync("/households/H001", Ct);
        var masked = await leader.GetStringAsync("/households/H001", Ct);
        var staff = await town.GetStringAsync("/households/H001", Ct);
        var outside = await town.GetAsync("/households/H003", Ct);

        Assert.Contains("张三明 440784198001011232", full, StringComparison.Ordinal);
        Assert.Contains("张*明 440784********1232", masked, StringComparison.Ordinal);
        Assert.Contains("张三明 440784********1232", staff, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(before + 3, await ViewsAsync("H001"));
        Assert.Equal(["dsz", "leader", "office"], (await web.Ledger.HistoryAsync("household", "H001", Ct)).Take(3).Select(a => a.Actor));
        Assert.Equal(0, await ViewsAsync("H003"));
    }

    [Fact]
    public async Task Api_ListMaskedAndDetailAuditedUnderTheTokensAccount()
    {
        await RegisterAsync();
        using var office = web.TokenClient(await web.TokenAsync("office"));
        var before = await ViewsAsync("H002");

        var list = JsonDocument.Parse(await office.GetStringAsync("/api/households?area=T1", Ct)).RootElement;
        var detail = JsonDocument.Parse(await office.GetStringAsync("/api/households/H002", Ct)).RootElement;

        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("张*明", list.GetProperty("items")[0].GetProperty("headName").GetString());
        Assert.Equal(("王五", "440784195207080045"), (detail.GetProperty("headName").GetString(), detail.GetProperty("headIdNumber").GetString()));
        Assert.Equal(before + 1, await ViewsAsync("H002"));
        Assert.Equal("office", (await web.Ledger.HistoryAsync("household", "H002", Ct))[0].Actor);
    }

    [Fact]
    public async Task ApiSearch_FindsByFullNameVillageOrNumber_MaskedAndWithinTheCallersArea()
    {
        await RegisterAsync();
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var town = web.TokenClient(await web.TokenAsync("dsz"));
        async Task<string[]> Found(HttpClient client, string q)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync($"/api/households?q={Uri.EscapeDataString(q)}", Ct)).RootElement;
            var items = page.GetProperty("items").EnumerateArray().Select(h => $"{h.GetProperty("number").GetString()} {h.GetProperty("headName").GetString()}").ToArray();
            Assert.Equal(items.Length, page.GetProperty("total").GetInt32());
            return items;
        }

        // 张三明 by the full name, shown masked; 南山村's and 江谷镇's one household by their names; H002 by its number.
        Assert.Equal(["H001 张*明"], await Found(office, "张三明"));
        Assert.Equal(["H003 赵*"], await Found(office, "南山"));
        Assert.Equal(["H003 赵*"], await Found(office, "江谷镇"));
        Assert.Equal(["H002 王*"], await Found(office, "H002"));
        // 大沙镇's staff search only 大沙镇: 赵六 lives in 江谷镇.
        Assert.Empty(await Found(town, "赵六"));
        Assert.Equal(["H001 张*明"], await Found(town, "张三"));
    }

    [Fact]
    public async Task OfficeStep_NeedsTheFormsToken_AndLeadersCannotRecordOne()
    {
        await RegisterAsync();
        using var office = await web.SignedInAsync("office");
        using var leader = await web.SignedInAsync("leader");
        Dictionary<string, string> Form(string? token) => new()
        {
            ["step"] = "assist", ["on"] = "2022-10-08", ["kind"] = "就业帮扶", ["measure"] = "公益性岗位", ["__af"] = token ?? "",
        };

        var forged = await office.PostAsync("/households/H002", new FormUrlEncodedContent(Form(null)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var byLeader = await leader.PostAsync("/households/H002", new FormUrlEncodedContent(Form(await SignIn.FormTokenAsync(leader, "/login"))), Ct);
        Assert.Equal(HttpStatusCode.Redirect, byLeader.StatusCode);
        Assert.Contains("/denied", byLeader.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(MonitoringState.Identified, (await web.Ledger.ViewHouseholdAsync(HouseholdViewer.Office, "H002", Ct)).Value!.State);

        var done = await office.PostAsync("/households/H002", new FormUrlEncodedContent(Form(await SignIn.FormTokenAsync(office, "/households/H002"))), Ct);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var h = (await web.Ledger.ViewHouseholdAsync(HouseholdViewer.Office, "H002", Ct)).Value!;
        Assert.Equal((MonitoringState.Assisted, new DateOnly(2022, 10, 8)), (h.State, h.AssistedOn));
        Assert.Equal("office", (await web.Ledger.HistoryAsync("household", "H002", Ct)).First(a => a.Action == "household.assist").Actor);
    }
}
