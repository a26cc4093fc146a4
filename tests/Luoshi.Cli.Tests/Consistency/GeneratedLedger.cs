using System.Globalization;
using System.Text;

namespace Luoshi.Cli.Tests.Consistency;

/// <summary>A ledger built through the command line as an office would build it, holding every kind of target the
/// evaluation knows — a cumulative amount, a level, a milestone, a direction, a share of villages, a bottom line, a share
/// of good days computed from monitoring data, and a task without a number — in a monthly plan (测试县) and a quarterly
/// one (测试乙县), with approved, submitted, draft and missing reports.</summary>
internal static class GeneratedLedger
{
    public const string Monthly = "测试县";
    public const string Quarterly = "测试乙县";

    private const string Report = """
        测试县2022年政府工作报告

        一、稳就业保民生
        （一）就业和收入
        实施职业技能培训2000人次以上。城镇登记失业率控制在4%以内。
        （二）民生实事
        确保第二人民医院年内投入使用。民生投入只增不减。
        二、乡村振兴和生态
        确保60%以上行政村达到美丽宜居村标准。坚决守住不发生规模性返贫底线。城区空气质量优良率达90%以上。
        三、政府自身建设
        深化营商环境改革，提升政务服务效能。
        """;

    private const string Units = """
        code,name,kind,parent,aliases
        C,测试县,city,,
        D1,测试县人力资源和社会保障局,department,C,人社局
        D2,测试县卫生健康局,department,C,卫健局
        D3,测试县财政局,department,C,财政局
        D4,测试县农业农村局,department,C,农业农村局
        D5,测试县生态环境局,department,C,生态环境局
        """;

    private static readonly (string Task, string Unit)[] Leads =
        [("T1", "人社局"), ("T2", "人社局"), ("T3", "卫健局"), ("T4", "财政局"), ("T5", "农业农村局"), ("T6", "农业农村局"), ("T7", "生态环境局"), ("T8", "财政局")];

    /// <summary>Builds the ledger in <paramref name="db"/>, writing its files into <paramref name="directory"/>.</summary>
    public static void Build(string db, string directory)
    {
        string File(string name, string text)
        {
            var path = Path.Combine(directory, name);
            System.IO.File.WriteAllText(path, text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
            return path;
        }

        void Run(params string[] args)
        {
            var run = CliRun.Luoshi([.. args, "--db", db]);
            Assert.True(run.ExitCode == 0, $"luoshi {string.Join(' ', args)}: {run.Error}{run.Output}");
        }

        var report = File("测试县2022年政府工作报告.txt", Report);
        Run("units", "import", File("units.csv", Units));
        Run("import", report, "--region", Monthly, "--year", "2022");
        Run("import", report, "--region", Quarterly, "--year", "2022", "--cadence", "quarterly");
        Run("stations", "import", File("stations.csv", "station,name,district,latitude,longitude,sets\nA1,城区一号站,测试县,23.3,112.7,城区"));
        Run("ingest", "air", File("air-2022.csv", AirDays()));
        foreach (var region in new[] { Monthly, Quarterly })
        {
            string[] plan = ["--region", region, "--year", "2022"];
            foreach (var (task, unit) in Leads)
            {
                Run(["assign", task, "--lead", unit, .. plan]);
            }

            Run(["target", "set", "T4.1", "--baseline", "100", .. plan]);
            Run(["target", "set", "T1.1", "--public", "true", .. plan]);
            Run(["target", "set", "T7.1", "--public", "true", .. plan]);
            Run(["target", "bind", "T7.1", "air.good-day-share:城区", .. plan]);
        }

        Run("progress", "import", File("monthly.csv", MonthlyProgress()), "--region", Monthly, "--year", "2022");
        Run("progress", "import", File("quarterly.csv", QuarterlyProgress()), "--region", Quarterly, "--year", "2022");
    }

    // One station of 城区 with a daily row for every day of 2022: PM2.5 100 µg/m³ (light pollution) every tenth day of
    // the year, 30 otherwise, so 36 of 365 days are polluted (90.1% good over the year).
    private static string AirDays()
    {
        var csv = new StringBuilder("station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max\n");
        for (var day = new DateOnly(2022, 1, 1); day.Year == 2022; day = day.AddDays(1))
        {
            var pm25 = day.DayOfYear % 10 == 0 ? 100 : 30;
            csv.Append(CultureInfo.InvariantCulture, $"A1,{day:yyyy-MM-dd},{pm25},50,10,30,0.8,80,60\n");
        }

        return csv.ToString();
    }

    private const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state";

    // Months 1–9. T1 training a little behind its line, September awaiting review; T2 unemployment around its ceiling,
    // July never sent; T3 the hospital's percent complete; T4 spending below last year in June, above in September; T5
    // villages climbing; T6 no event; T7 a typed value the computed target must ignore;
    // T8, a task without a number, no report (the progress file holds target rows only).
    private static string MonthlyProgress()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var m = 1; m <= 9; m++)
        {
            var state = m == 9 ? "submitted" : "approved";
            var period = $"2022-{m:00}";
            Row(csv, "T1", "T1.1", period, "人社局", value: 140 + (m * 5), state: state);
            if (m != 7)
            {
                Row(csv, "T2", "T2.1", period, "人社局", value: m < 6 ? 3.8m : 4.2m, state: state);
            }

            Row(csv, "T3", "T3.1", period, "卫健局", value: m * 9, state: state);
            Row(csv, "T4", "T4.1", period, "财政局", value: m < 9 ? 95 : 105, state: state);
            Row(csv, "T5", "T5.1", period, "农业农村局", numerator: 20 + (m * 4), denominator: 100, state: state);
            Row(csv, "T6", "T6.1", period, "农业农村局", value: 0, state: state);
            Row(csv, "T7", "T7.1", period, "生态环境局", value: 50, state: state);
        }

        return csv.ToString();
    }

    // Quarters 1–3: Q3 in review for T1 and T3, a Q2 event under the bottom line, Q3 of T5 left as a draft.
    private static string QuarterlyProgress()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var q = 1; q <= 3; q++)
        {
            var period = $"2022Q{q}";
            Row(csv, "T1", "T1.1", period, "人社局", value: 520, state: q == 3 ? "submitted" : "approved");
            Row(csv, "T2", "T2.1", period, "人社局", value: 3.9m, state: "approved");
            Row(csv, "T3", "T3.1", period, "卫健局", value: q * 30, done: q == 3 ? "2022-09-20" : null, state: q == 3 ? "submitted" : "approved");
            Row(csv, "T4", "T4.1", period, "财政局", value: 100 + q, state: "approved");
            Row(csv, "T5", "T5.1", period, "农业农村局", numerator: 40 + (q * 5), denominator: 100, state: q == 3 ? "draft" : "approved");
            Row(csv, "T6", "T6.1", period, "农业农村局", value: q == 2 ? 1 : 0, state: "approved");
        }

        return csv.ToString();
    }

    private static void Row(
        StringBuilder csv, string task, string target, string period, string unit, decimal? value = null, decimal? numerator = null,
        decimal? denominator = null, string? done = null, string progress = "按计划推进", string state = "approved") =>
        csv.Append(CultureInfo.InvariantCulture, $"{task},{target},{period},{unit},{value},{numerator},{denominator},{done},{progress},,,{state}\n");
}
