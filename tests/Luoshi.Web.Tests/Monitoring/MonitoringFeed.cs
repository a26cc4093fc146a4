using Luoshi.Domain.Access;
using Luoshi.Storage;

namespace Luoshi.Web.Tests.Monitoring;

/// <summary>What the monitoring web tests add to a test ledger: stations A and B (城区), sections WMG and DS, and a data
/// feed's account "feed" (数据接入).</summary>
public static class MonitoringFeed
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task AddAsync(WebLedger web)
    {
        var directory = Path.Combine(Path.GetTempPath(), "luoshi-web-monitoring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var stations = Path.Combine(directory, "stations.csv");
            await File.WriteAllTextAsync(stations, "station,name,sets\nA,城中站,城区\nB,东城站,城区\n", Ct);
            Assert.True((await web.Ledger.ImportStationsAsync(stations, Ct)).Succeeded);
            var sections = Path.Combine(directory, "sections.csv");
            await File.WriteAllTextAsync(sections, "section,name,water_body,target_class,level,sets\nWMG,五马岗,river,III,省考,省考及以上\nDS,大沙,river,II,国考,省考及以上\n", Ct);
            Assert.True((await web.Ledger.ImportSectionsAsync(sections, Ct)).Succeeded);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        if (await web.Ledger.FindAccountAsync("feed", Ct) is null)
        {
            var created = await web.Ledger.CreateAccountAsync(new NewAccount("feed", "城中站数据接入", AccountRole.DataFeed, null, WebLedger.Password), Ct);
            Assert.True(created.Succeeded, created.Error?.ToString());
        }
    }
}
