namespace Luoshi.Domain.Reading;

/// <summary>The one rule of a task's overdue reports: a task with a lead unit owes a report for every past-due period,
/// and one not sent (none, a draft, a returned report not sent again) is overdue.</summary>
public static class ReportsOwed
{
    /// <summary>The past-due periods (1..<paramref name="pastDue"/>) without a sent report, in order.</summary>
    public static IEnumerable<int> Missing(IEnumerable<SentReport> sent, int pastDue) => Missing(sent, 1, pastDue);

    /// <summary>The periods <paramref name="first"/> to <paramref name="last"/> without a sent report, in order:
    /// reminders ask for the periods coming due as well as the past-due ones.</summary>
    public static IEnumerable<int> Missing(IEnumerable<SentReport> sent, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var handedIn = sent.Select(r => r.Period).ToHashSet();
        var from = Math.Max(first, 1);
        return Enumerable.Range(from, Math.Max(0, last - from + 1)).Where(p => !handedIn.Contains(p));
    }
}
