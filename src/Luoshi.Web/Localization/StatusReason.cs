using Luoshi.Domain.Evaluation;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Localization;

/// <summary>Why a target has its status, in the reader's language. The evaluation's own sentence is English (the
/// command line and the API carry it); Chinese pages say the same from the evaluation's figures.</summary>
public static class StatusReason
{
    /// <summary>One sentence for <paramref name="evaluation"/>, with <paramref name="periodName"/> naming a period number.</summary>
    public static string Of(TargetEvaluation evaluation, Func<int, string> periodName)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(periodName);
        if (English)
        {
            return evaluation.Reason;
        }

        var actual = GoalText.Number(evaluation.Actual);
        var expected = GoalText.Number(evaluation.Expected);
        return evaluation.Status switch
        {
            TargetStatus.NotReported => $"{string.Join("、", evaluation.Overdue.Select(periodName))} 的报告逾期未报",
            TargetStatus.Achieved => evaluation.Actual is null ? "已完成" : $"已完成：实际 {actual}",
            TargetStatus.Missed => $"已过完成时限，实际 {(actual.Length == 0 ? "无数据" : actual)}，未达到目标",
            TargetStatus.OnTrack when evaluation.Expected is null => evaluation.Actual is null ? "尚未到应报时间，暂无要求" : $"实际 {actual}",
            TargetStatus.OnTrack => $"实际 {actual}，达到应达进度 {expected}",
            TargetStatus.Behind when evaluation.Actual is null => "尚无审核通过的数值，请督查室关注",
            TargetStatus.Behind or TargetStatus.AtRisk when evaluation.Expected is { } e && e != 0 && evaluation.Actual is { } a =>
                $"实际 {actual}，应达 {expected}（完成应达进度的 {Math.Round(a / e * 100, 1):0.#}%）",
            _ => $"实际 {(actual.Length == 0 ? "无数据" : actual)}{(expected.Length == 0 ? "" : "，应达 " + expected)}",
        };
    }
}
