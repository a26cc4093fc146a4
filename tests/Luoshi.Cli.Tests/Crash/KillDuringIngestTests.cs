using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Cli.Tests.Crash;

/// <summary>kill -9 in the middle of the other big imports (issue 15): `luoshi progress import` of a progress file,
/// `luoshi ingest air` of an hourly file and `luoshi ingest water` of a sample file are killed 50 ms or 400 ms after
/// they are seen writing (their transaction open on the ledger), on SQLite and on PostgreSQL; afterwards the ledger opens, holds either none of the file or all of it
/// (with its one audit entry exactly when it holds it), and the same file then imports whole, with the row counts the
/// file's shape gives. Two trials per import and database each run (12 in all); the test output says whether each was
/// killed or had finished.</summary>
public sealed class KillDuringIngestTests : IDisposable
{
    // Progress: 200 tasks of 5 targets each, led by 财政局, reported monthly for 2025: 2,400 reports, 12,000 values.
    private const int Tasks = 200;
    private const int TargetsPerTask = 5;
    private const int Months = 12;

    // Air: 12 stations, every hour of 2025: 12 × 365 × 24 = 105,120 station-hours.
    private const int Stations = 12;
    private const int AirHours = Stations * 365 * 24;

    // Water: 20 sections, a sample every day of 2025: 7,300 samples.
    private const int Sections = 20;
    private const int Samples = Sections * 365;

    private const string Units = "code,name,kind,parent,aliases\nC,测试县,city,,\nD1,测试县财政局,department,C,财政局\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-kill-ingest-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string, int> Trials => new()
    {
        { "progress", "sqlite", 50 }, { "progress", "sqlite", 400 }, { "progress", "postgres", 50 }, { "progress", "postgres", 400 },
        { "air", "sqlite", 50 }, { "air", "sqlite", 400 }, { "air", "postgres", 50 }, { "air", "postgres", 400 },
        { "water", "sqlite", 50 }, { "water", "sqlite", 400 }, { "water", "postgres", 50 }, { "water", "postgres", 400 },
    };

    [Theory]
    [MemberData(nameof(Trials))]
    public async Task Killed_import_leaves_all_or_nothing_and_the_file_imports_whole_afterwards(string import, string database, int killAfterMs)
    {
        await using var db = await CrashDatabase.CreateAsync(database, _directory);
        var (args, sql, whole) = import switch
        {
            "progress" => await ProgressAsync(db),
            "air" => Air(db),
            _ => Water(db),
        };

        await db.KillAsync(args, killAfterMs);

        await using (await Ledger.OpenAsync(db.Options, "check", ct: TestContext.Current.CancellationToken))
        {
            var counts = await db.CountAsync(sql);
            var none = new long[whole.Length];
            Assert.True(counts.SequenceEqual(none) || counts.SequenceEqual(whole),
                $"after the kill: {string.Join(", ", counts)}; neither none ({string.Join(", ", none)}) nor all ({string.Join(", ", whole)})");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var again = CliRun.Luoshi([.. args, .. db.Where]);
        TestContext.Current.TestOutputHelper?.WriteLine($"the whole import afterwards: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(whole, await db.CountAsync(sql));
    }

    private async Task<(string[] Args, string Sql, long[] Whole)> ProgressAsync(CrashDatabase db)
    {
        Setup(db, "units", "import", Write("units.csv", Units));
        await using (var ledger = await Ledger.OpenAsync(db.Options, "督查室王", ct: TestContext.Current.CancellationToken))
        {
            var plan = await ledger.ImportPlanAsync(Plan(), replace: false, TestContext.Current.CancellationToken);
            Assert.Equal(PlanImportOutcome.Created, plan.Outcome);
        }

        var csv = new StringBuilder("task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n");
        for (var t = 1; t <= Tasks; t++)
        {
            for (var m = 1; m <= Months; m++)
            {
                for (var k = 1; k <= TargetsPerTask; k++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"T{t},T{t}.{k},2025-{m:00},财政局,{m * 100 + k},,,,第{m}月按计划推进,,,submitted\n");
                }
            }
        }

        return (["progress", "import", Write("progress.csv", csv.ToString()), "--region", "测试县", "--year", "2025", "--as", "督查室王"],
            "SELECT (SELECT COUNT(*) FROM progress_reports), (SELECT COUNT(*) FROM progress_values), "
            + "(SELECT COUNT(*) FROM audit_entries WHERE action = 'progress.import')",
            [Tasks * Months, Tasks * Months * TargetsPerTask, 1]);
    }

    // 200 tasks in 20 sections, each with five cumulative amounts (职业技能培训1000人次以上 …) due at the end of 2025.
    private static Plan Plan()
    {
        var text = "测试县2025年政府工作报告（崩溃试验）";
        var plan = new Plan
        {
            Region = "测试县",
            Year = 2025,
            SourceName = "测试县-2025.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
        for (var s = 1; s <= Tasks / 10; s++)
        {
            plan.Sections.Add(new Section { Code = $"S{s}", Number = $"（{s}）", Title = $"第{s}部分", Level = 2 });
        }

        for (var t = 1; t <= Tasks; t++)
        {
            var task = new PlanTask { Code = $"T{t}", SectionCode = $"S{((t - 1) / 10) + 1}", Text = $"第{t}项重点任务", LeadUnit = "测试县财政局", Deadline = new DateOnly(2025, 12, 31) };
            for (var k = 1; k <= TargetsPerTask; k++)
            {
                task.Targets.Add(new Target
                {
                    Code = $"T{t}.{k}",
                    Text = $"职业技能培训{k * 1000}人次以上",
                    Subject = "职业技能培训",
                    Kind = TargetKind.Numeric,
                    Comparator = Comparator.AtLeast,
                    Value = k * 1000,
                    Unit = "人次",
                    Measure = Measure.Cumulative,
                    Deadline = new DateOnly(2025, 12, 31),
                });
            }

            plan.Tasks.Add(task);
        }

        return plan;
    }

    private (string[] Args, string Sql, long[] Whole) Air(CrashDatabase db)
    {
        var stations = new StringBuilder("station,name,sets\n");
        for (var s = 1; s <= Stations; s++)
        {
            stations.Append(CultureInfo.InvariantCulture, $"S{s:00},第{s}站,城区\n");
        }

        Setup(db, "stations", "import", Write("stations.csv", stations.ToString()));
        var csv = new StringBuilder(AirHours * 48).Append("station,time,pm25,pm10,so2,no2,co,o3\n");
        for (var day = new DateOnly(2025, 1, 1); day.Year == 2025; day = day.AddDays(1))
        {
            for (var h = 0; h < 24; h++)
            {
                for (var s = 1; s <= Stations; s++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"S{s:00},{day:yyyy-MM-dd} {h:00}:00,{20 + ((s + h) % 40)},{40 + (day.Day % 30)},6,25,0.7,{50 + h}\n");
                }
            }
        }

        return (["ingest", "air", Write("air-2025.csv", csv.ToString()), "--as", "督查室王"],
            "SELECT (SELECT COUNT(*) FROM air_hours), (SELECT COUNT(*) FROM audit_entries WHERE action = 'air.ingest')",
            [AirHours, 1]);
    }

    private (string[] Args, string Sql, long[] Whole) Water(CrashDatabase db)
    {
        var sections = new StringBuilder("section,name,water_body,target_class,level,sets\n");
        for (var s = 1; s <= Sections; s++)
        {
            sections.Append(CultureInfo.InvariantCulture, $"W{s:000},第{s}断面,river,III,市考,全市\n");
        }

        Setup(db, "sections", "import", Write("sections.csv", sections.ToString()));
        var csv = new StringBuilder("section,date,ph,do,codmn,cod,bod5,nh3n,tp\n");
        for (var day = new DateOnly(2025, 1, 1); day.Year == 2025; day = day.AddDays(1))
        {
            for (var s = 1; s <= Sections; s++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"W{s:000},{day:yyyy-MM-dd},7.{s % 10},6.{day.Day % 10},3.2,12,2.4,0.{50 + (s % 40)},0.11\n");
            }
        }

        return (["ingest", "water", Write("water-2025.csv", csv.ToString()), "--as", "督查室王"],
            "SELECT (SELECT COUNT(*) FROM water_samples), (SELECT COUNT(*) FROM audit_entries WHERE action = 'water.ingest')",
            [Samples, 1]);
    }

    private static void Setup(CrashDatabase db, params string[] args)
    {
        var run = CliRun.Luoshi([.. args, .. db.Where, "--as", "督查室王"]);
        Assert.True(run.ExitCode == 0, $"luoshi {string.Join(' ', args)}: {run.Error}{run.Output}");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
