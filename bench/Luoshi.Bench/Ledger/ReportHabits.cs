using Luoshi.Domain.Progress;

namespace Luoshi.Bench.Ledger;

/// <summary>Whether and how a task's lead unit reported each month. Most units report every month and the office
/// approves; a careless few sometimes leave a month unsent or keep it as a draft — those months are overdue. Some reports are still waiting for review: reported, but their values do not count yet.</summary>
internal static class ReportHabits
{
    /// <summary>The state of the report of each month, or null when the unit sent nothing.</summary>
    public static ReportState?[] Draw(Random rng, int months)
    {
        var careless = rng.Next(100) < 15;
        var states = new ReportState?[months];
        for (var k = 0; k < months; k++)
        {
            var roll = rng.Next(1000);
            // A progress file carries draft, submitted or approved reports (returns happen in the review, not in files).
            states[k] = careless && roll < 100
                ? (roll % 2 == 0 ? null : ReportState.Draft)
                : roll < 960 ? ReportState.Approved : ReportState.Submitted;
        }

        return states;
    }
}
