using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>The full year of progress of a plan, task by task, month by month, one row per target; streamed, so a
/// million rows never sit in memory at once.</summary>
internal static class ProgressRows
{
    private static readonly string[] Progress =
    [
        "已完成阶段性工作，各项指标按计划推进，已召开专题会议部署落实。",
        "完成月度任务，督促各镇街加快进度，建立周报制度。",
        "项目按节点推进，资金已拨付到位，正在开展验收准备。",
    ];

    private static readonly string[] Problems = ["", "部分镇街进度偏慢。", "资金到位不及时，用地指标紧张。"];

    private static readonly string[] NextSteps = ["继续加大推进力度。", "加强督导，确保按期完成。", "协调解决资金和用地问题。"];

    /// <summary>The rows of <paramref name="plan"/>, drawn by a generator seeded with <paramref name="seed"/>: the same
    /// plan and seed always give the same rows.</summary>
    public static IEnumerable<ProgressRow> Of(Plan plan, int seed)
    {
        var rng = new Random(seed);
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var months = calendar.Periods.Count;
        foreach (var task in plan.Tasks)
        {
            var states = ReportHabits.Draw(rng, months);
            var series = task.Targets.Select(t => ProgressSeries.Of(t, calendar, rng)).ToArray();
            for (var k = 0; k < months; k++)
            {
                if (states[k] is not { } state)
                {
                    continue;
                }

                var (progress, problems, nextSteps) = (Progress[rng.Next(Progress.Length)], Problems[rng.Next(Problems.Length)],
                    NextSteps[rng.Next(NextSteps.Length)]);
                for (var t = 0; t < task.Targets.Count; t++)
                {
                    yield return new ProgressRow(task.Code, task.Targets[t].Code, k + 1, task.LeadUnit!, series[t][k],
                        progress, problems, nextSteps, state);
                }
            }
        }
    }
}
