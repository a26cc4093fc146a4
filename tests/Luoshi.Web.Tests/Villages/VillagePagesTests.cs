using System.Net;
using System.Text;
using Luoshi.Domain.Access;
using Luoshi.Storage;
using Luoshi.Storage.Villages;

namespace Luoshi.Web.Tests.Villages;

/// <summary>The village pages over HTTP: the office sees every town and uploads files (anti-forgery, audited as the
/// person), a town's staff see only their town, a department's reporter sees none.</summary>
public sealed class VillagePagesTests : IAsyncLifetime
{
    // 大沙镇 (T1): 东升村 (facility, operating; 2021 income 8 → 2022 12), 西岸村 (no facility; 6 → 7);
    // 江谷镇 (T2): 石狗村 (facility, stopped; 20 → 18). As of 2022-10-10.
    private const string Towns = "code,name,kind,parent,aliases\nT1,大沙镇,town,CS,\nT2,江谷镇,town,CS,\n";
    private const string Register = "code,name,town,households,population\nV11,东升村,T1,320,1210\nV12,西岸村,T1,280,990\nV21,石狗村,T2,200,800\n";
    private const string Sewage = "village,as_of,facility,operating\nV11,2022-03-01,yes,yes\nV12,2022-03-01,no,no\nV21,2022-03-01,yes,no\n";
    private const string Income = "village,year,income\nV11,2021,8\nV12,2021,6\nV21,2021,20\nV11,2022,12\nV12,2022,7\nV21,2022,18\n";

    private readonly WebLedger _web = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _web.InitializeAsync();
        var towns = Path.Combine(Path.GetTempPath(), $"luoshi-web-towns-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(towns, Towns, Ct);
        Assert.True((await _web.Ledger.ImportUnitsAsync(towns, ct: Ct)).Succeeded);
        File.Delete(towns);
        var villages = _web.Ledger.Villages;
        Assert.True((await villages.ImportAsync(Upload("v.csv", Register), Ct)).Succeeded);
        Assert.True((await villages.ImportSewageAsync(Upload("s.csv", Sewage), Ct)).Succeeded);
        Assert.True((await _web.Ledger.CreateAccountAsync(new NewAccount("dsz", "大沙镇 填报员", AccountRole.UnitReporter, "大沙镇", WebLedger.Password), Ct)).Succeeded);
    }

    public async ValueTask DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task Office_SeesEveryTownWithTheHandWorkedFigures()
    {
        using var client = await _web.SignedInAsync("office");

        var summary = await client.GetStringAsync("/villages", Ct);
        var town = await client.GetStringAsync("/villages?town=T2", Ct);

        Assert.Contains("<td>大沙镇</td>", Squeeze(summary).Replace("<td><a href=\"/villages?town=T1&amp;year=2022\">大沙镇</a></td>", "<td>大沙镇</td>", StringComparison.Ordinal), StringComparison.Ordinal);
        // 大沙镇: 2 villages, 1 facility (50%), 1 operating; 江谷镇: 1 of 1 (100%), 0 operating; region 2 of 3 = 66.67%.
        Assert.Contains("<td>2</td><td>1 (50%)</td><td>1 (50%)</td>", Squeeze(summary), StringComparison.Ordinal);
        Assert.Contains("<td>1</td><td>1 (100%)</td><td>0 (0%)</td>", Squeeze(summary), StringComparison.Ordinal);
        Assert.Contains("<td>3</td><td>2 (66.67%)</td><td>1 (33.33%)</td>", Squeeze(summary), StringComparison.Ordinal);
        Assert.Contains("<td>V21</td><td>石狗村</td><td>200</td><td>800</td><td>未评定</td><td></td><td>有·停运</td>", Squeeze(town), StringComparison.Ordinal);
        Assert.Contains("href=\"/villages/upload\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TownStaff_SeeOnlyTheirTownAndAreRefusedAnother()
    {
        using var client = await _web.SignedInAsync("dsz");

        var own = await client.GetStringAsync("/villages", Ct);
        var other = await client.GetAsync("/villages?town=T2", Ct);
        var upload = await client.GetAsync("/villages/upload", Ct);

        Assert.Contains("<td>V11</td><td>东升村</td>", Squeeze(own), StringComparison.Ordinal);
        Assert.DoesNotContain("江谷镇", own, StringComparison.Ordinal);
        Assert.DoesNotContain("石狗村", own, StringComparison.Ordinal);
        Assert.DoesNotContain("/villages/upload", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/denied", other.Headers.Location!.AbsolutePath);
        Assert.Equal("/denied", upload.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task DepartmentReporter_SeesNoVillages()
    {
        using var client = await _web.SignedInAsync("rsj");

        var page = await client.GetAsync("/villages", Ct);

        Assert.Equal("/denied", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Office_UploadsIncome_StoredAndAuditedAsThePerson()
    {
        using var client = await _web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(client, "/villages/upload");

        var response = await client.PostAsync("/villages/upload", Form(token, "income", "收入.csv", Income), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已导入 6 行：收入.csv", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var summary = await _web.Ledger.Villages.SummaryAsync(2022, WebLedger.AsOf, ct: Ct);
        // 12 + 7 + 18 = 37 against 8 + 6 + 20 = 34.
        Assert.Equal((37m, 34m, 3m), (summary.Region.Income, summary.Region.IncomeLastYear, summary.Region.Change));
        var audit = Assert.Single(await _web.Ledger.AuditAsync(5, "village-file", Ct), a => a.Action == "income.import");
        Assert.Equal(("office", "收入.csv"), (audit.Actor, audit.EntityKey));
    }

    [Fact]
    public async Task Office_UploadsABadWorkbookOrNoToken_NothingStored()
    {
        using var client = await _web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(client, "/villages/upload");

        var bad = await client.PostAsync("/villages/upload", Form(token, "income", "收入.csv", "village,year,income\nV11,2022,很多\n"), Ct);
        var forged = await client.PostAsync("/villages/upload", Form(null, "income", "收入.csv", Income), Ct);

        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("收入.csv，第 2 行，income 列：应为村集体经济经营性收入（万元），不小于 0 的数，实际为“很多”", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, (await _web.Ledger.Villages.SummaryAsync(2022, WebLedger.AsOf, ct: Ct)).Region.IncomeReported);
    }

    private static VillageFile Upload(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    private static MultipartFormDataContent Form(string? token, string kind, string name, string text)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__af");
        }

        form.Add(new StringContent(kind), "kind");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name);
        return form;
    }

    // The table cells without the whitespace between them.
    private static string Squeeze(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");
}
