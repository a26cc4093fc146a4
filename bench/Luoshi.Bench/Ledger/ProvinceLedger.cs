using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>The plans of a province's counties (县01, 县02…), one per county, all for the same year and cadence.</summary>
/// <remarks>Each plan draws from its own seeded generator, so plan <c>i</c> is the same whether one plan or all are
/// made, and the progress of a plan can be regenerated without the others.</remarks>
internal static class ProvinceLedger
{
    private const int TasksPerSection = 10;

    /// <summary>The plans of <paramref name="shape"/>, in county order.</summary>
    public static IEnumerable<Plan> Plans(LedgerShape shape)
    {
        for (var i = 0; i < shape.Plans; i++)
        {
            yield return Plan(shape, i);
        }
    }

    /// <summary>The county name of plan <paramref name="index"/> (0-based): 县01…县120.</summary>
    public static string Region(int index) => $"县{index + 1:00}";

    /// <summary>Plan <paramref name="index"/> of <paramref name="shape"/>.</summary>
    public static Plan Plan(LedgerShape shape, int index)
    {
        var rng = new Random(LedgerShape.Seed + index);
        var region = Region(index);
        var text = $"{region}{LedgerShape.Year}年政府工作报告（生成的基准数据）";
        var plan = new Plan
        {
            Region = region,
            Year = LedgerShape.Year,
            SourceName = $"{region}-{LedgerShape.Year}.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Cadence = ReportingCadence.MonthlyByDay(28),
            Thresholds = StatusThresholds.Default,
        };
        for (var s = 0; s * TasksPerSection < shape.Tasks; s++)
        {
            plan.Sections.Add(new Section { Code = $"S{s + 1}", Number = $"（{s + 1}）", Title = $"第{s + 1}部分", Level = 2 });
        }

        for (var t = 0; t < shape.Tasks; t++)
        {
            plan.Tasks.Add(Task(rng, shape, t));
        }

        return plan;
    }

    private static PlanTask Task(Random rng, LedgerShape shape, int index)
    {
        var code = $"T{index + 1}";
        var task = new PlanTask
        {
            Code = code,
            SectionCode = $"S{(index / TasksPerSection) + 1}",
            Text = $"第{index + 1}项重点任务",
            LeadUnit = Departments.Names[rng.Next(Departments.Names.Count)],
        };
        for (var k = 1; k <= shape.TargetsPerTask; k++)
        {
            task.Targets.Add(TargetMix.Next(rng, code, k, LedgerShape.Year));
        }

        task.Deadline = task.Targets.Max(t => t.Deadline);
        return task;
    }
}
