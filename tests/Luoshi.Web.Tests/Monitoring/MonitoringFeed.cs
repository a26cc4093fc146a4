using Luoshi.Domain.Access;
using Luoshi.Storage;

namespace Luoshi.Web.Tests.Monitoring;

/// <summary>What the monitoring web tests add to a test ledger: stations A and B (城区), sections WMG and DS, a data
/// feed's account "feed" (数据接入), and on request the data of the storage tests (their values are worked there).</summary>
public static class MonitoringFeed
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task AddAsync(WebLedger web, bool withData = false)
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
            if (withData)
            {
                await DataAsync(web, directory);
            }
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

    /// <summary>Air: 1 Jan 2022 PM2.5 30 at A and B (AQI 43, 优); 2 Jan 100 and 120 (city 110, AQI 144, 轻度污染); 3 Jan
    /// only A with 19 hours of PM2.5 (invalid); 5 Jan 70 and 80 (city 75, AQI 100, 良). Water: WMG NH3-N 0.80 in
    /// January (III) and 1.40 in February (IV; year-to-date mean 1.10, IV, misses III); DS DO 7.0, CODMn 3.5 (II).</summary>
    private static async Task DataAsync(WebLedger web, string directory)
    {
        var air = new System.Text.StringBuilder("station,time,pm25,pm10,so2,no2,co,o3\n");
        void Day(string station, int day, double pm25, int pm25Hours = 24)
        {
            for (var h = 0; h < 24; h++)
            {
                var pm = h < pm25Hours ? pm25.ToString(System.Globalization.CultureInfo.InvariantCulture) : "NA";
                air.Append(System.Globalization.CultureInfo.InvariantCulture, $"{station},2022-01-{day:00} {h:00}:00,{pm},20,5,10,0.5,50\n");
            }
        }

        Day("A", 1, 30);
        Day("B", 1, 30);
        Day("A", 2, 100);
        Day("B", 2, 120);
        Day("A", 3, 30, pm25Hours: 19);
        Day("A", 5, 70);
        Day("B", 5, 80);
        var airFile = Path.Combine(directory, "air.csv");
        await File.WriteAllTextAsync(airFile, air.ToString(), Ct);
        var ingested = await web.Ledger.IngestAirAsync(airFile, Ct);
        Assert.True(ingested.Succeeded, string.Join("\n", ingested.Errors));
        var waterFile = Path.Combine(directory, "water.csv");
        await File.WriteAllTextAsync(waterFile, "section,date,do,codmn,nh3n,tp\nWMG,2022-01-10,,,0.80,0.15\nDS,2022-01-12,7.0,3.5,,\nWMG,2022-02-10,,,1.40,0.15\n", Ct);
        Assert.True((await web.Ledger.IngestWaterAsync(waterFile, Ct)).Succeeded);
    }
}
