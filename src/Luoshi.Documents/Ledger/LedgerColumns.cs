using System.Globalization;
using Luoshi.Domain.Periods;

namespace Luoshi.Documents.Ledger;

/// <summary>The ledger sheet's columns: the task and target, two per period (value, status), then the current status
/// and the latest narrative, and last the task's status (every task's, with or without a target). Column numbers are 1-based.</summary>
internal sealed class LedgerColumns(ReportingCalendar calendar)
{
    public static readonly string[] Leading = ["部分", "任务编号", "任务内容", "目标编号", "目标", "目标值", "牵头单位", "配合单位", "责任领导", "完成时限"];
    public static readonly string[] Trailing = ["当前状态", "进展情况", "存在问题", "下一步措施", "任务状态"];
    private static readonly double[] LeadingWidths = [14, 9, 40, 9, 20, 14, 22, 22, 10, 11];
    private static readonly double[] TrailingWidths = [10, 40, 30, 30, 24];

    public int Periods => calendar.Periods.Count;

    /// <summary>The value column of period <paramref name="period"/>; its status column follows it.</summary>
    public static int ValueOf(int period) => Leading.Length + (2 * period) - 1;

    public int Now => Leading.Length + (2 * Periods) + 1;

    public int Last => Now + Trailing.Length - 1;

    public IEnumerable<string> Headers() =>
        Leading.Concat(calendar.Periods.SelectMany(p => new[] { Label(p) + "数值", Label(p) + "状态" })).Concat(Trailing);

    public IReadOnlyList<double> Widths() => [.. LeadingWidths, .. Enumerable.Repeat(10.0, 2 * Periods), .. TrailingWidths];

    private static string Label(ReportingPeriod period) => period.Frequency == ReportingFrequency.Monthly
        ? period.Number.ToString(CultureInfo.InvariantCulture) + "月"
        : "第" + period.Number.ToString(CultureInfo.InvariantCulture) + "季度";
}
