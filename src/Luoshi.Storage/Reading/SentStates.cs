using Luoshi.Domain.Progress;

namespace Luoshi.Storage.Reading;

/// <summary>The report states that count as sent, taken from the workflow's own rule so a query can never disagree with
/// <see cref="ReportWorkflow.CountsAsReported"/>.</summary>
internal static class SentStates
{
    /// <summary>The states, as values.</summary>
    public static ReportState[] All { get; } = [.. Enum.GetValues<ReportState>().Where(ReportWorkflow.CountsAsReported)];

    /// <summary>The states as an SQL list: 'Submitted', 'Resubmitted', 'Approved'.</summary>
    public static string SqlList { get; } = string.Join(", ", All.Select(s => $"'{s}'"));
}
