namespace Luoshi.Domain.Reading;

/// <summary>The one rule of a task's overdue reports: a task with a lead unit owes a report for every past-due period,
/// and one not sent (none, a draft, a returned report not sent again) is overdue.</summary>
public static class ReportsOwed
{
    /// <summary>The past-due periods (1..<paramref name="pastDue"/>) without a sent report, in order.</summary>
    public static IEnumerable<int> Missing(IEnumerable<SentReport> sent, int pastDue)
    {
        var handedIn = sent.Select(r => r.Period).ToHashSet();
        return Enumerable.Range(1, Math.Max(0, pastDue)).Where(p => !handedIn.Contains(p));
    }
}
