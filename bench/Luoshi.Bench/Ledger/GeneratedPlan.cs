using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>Makes a plan from a <see cref="PlanRecipe"/>: sections of ten tasks, each task led by one of the recipe's
/// units, its targets drawn by <see cref="TargetMix"/>, monthly reports due on the 28th.</summary>
internal static class GeneratedPlan
{
    private const int TasksPerSection = 10;

    /// <summary>The plan of <paramref name="recipe"/>; the same recipe always gives the same plan.</summary>
    public static Plan Make(PlanRecipe recipe)
    {
        var rng = new Random(recipe.Seed);
        var text = $"{recipe.Region}{recipe.Year}年政府工作报告（生成的基准数据）";
        var plan = new Plan
        {
            Region = recipe.Region,
            Year = recipe.Year,
            SourceName = $"{recipe.Region}-{recipe.Year}.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Cadence = ReportingCadence.MonthlyByDay(28),
            Thresholds = StatusThresholds.Default,
        };
        for (var s = 0; s * TasksPerSection < recipe.Tasks; s++)
        {
            plan.Sections.Add(new Section { Code = $"S{s + 1}", Number = $"（{s + 1}）", Title = $"第{s + 1}部分", Level = 2 });
        }

        for (var t = 0; t < recipe.Tasks; t++)
        {
            plan.Tasks.Add(Task(rng, recipe, t));
        }

        return plan;
    }

    private static PlanTask Task(Random rng, PlanRecipe recipe, int index)
    {
        var code = $"T{index + 1}";
        var task = new PlanTask
        {
            Code = code,
            SectionCode = $"S{(index / TasksPerSection) + 1}",
            Text = $"第{index + 1}项重点任务",
            LeadUnit = recipe.LeadUnits[rng.Next(recipe.LeadUnits.Count)],
        };
        for (var k = 1; k <= recipe.TargetsPerTask; k++)
        {
            task.Targets.Add(TargetMix.Next(rng, code, k, recipe.Year));
        }

        task.Deadline = task.Targets.Max(t => t.Deadline);
        return task;
    }
}
