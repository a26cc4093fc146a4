using Luoshi.Domain.Evaluation;
using System.Globalization;
using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Why a target has its status: one sentence from the evaluation's own figures (docs/evaluation.md).</summary>
    public static class Reasons
    {
        /// <summary>A met goal that cannot come undone, or one met at the deadline.</summary>
        public static Words Met(bool afterDeadline, decimal? actual) => afterDeadline
            ? new($"已按期完成{Actual(actual)}", $"the goal was met by the deadline{ActualEn(actual)}")
            : new($"已完成{Actual(actual)}", $"the goal is already met{ActualEn(actual)}");

        /// <summary>The deadline passed without the goal met.</summary>
        public static Words Missed(DateOnly deadline, decimal? actual) => new(
            $"已过完成时限 {Day(deadline)}，实际 {Number(actual) ?? "无数据"}，未达到目标",
            $"the deadline {Day(deadline)} has passed without the goal being met (actual {Number(actual) ?? "none"})");

        /// <summary>Reports of past-due periods are missing.</summary>
        public static Words Overdue(IEnumerable<ReportingPeriod> periods)
        {
            var list = periods.ToList();
            return new(
                $"{string.Join("、", list.Select(Periods.Name).Select(n => n.Zh))}的报告逾期未报",
                $"the report for {string.Join(", ", list.Select(p => p.Name))} is overdue");
        }

        /// <summary>A bottom line with events.</summary>
        public static Words Breached(decimal events) => new(
            $"已发生 {Number(events)} 起，底线要求为零", $"{Number(events)} event(s) reported where none may happen");

        /// <summary>A bottom line without events.</summary>
        public static Words Held { get; } = new("未发生", "no event reported");

        /// <summary>A direction target without last year's value.</summary>
        public static Words NoBaseline { get; } = new("缺少上年数值，无法比较", "no baseline (last year's value) to compare with");

        /// <summary>Stored values the evaluation had to leave out (a value beyond any sensible size).</summary>
        public static Words Unusable(int count) => new(
            $"数据有误：{count} 个已存数值超出合理范围，未计入，请督查室核对更正",
            $"data problem: {count} stored value(s) beyond any sensible size were left out; the office should check and correct them");

        /// <summary>A computed indicator whose stored data it cannot compute with.</summary>
        public static Words Uncomputable(string binding) => new(
            $"数据有误：{binding} 的已存数据无法计算（超出合理范围），请核对更正后再评估",
            $"data problem: the stored data of {binding} cannot be computed with (beyond any sensible size); correct it and evaluate again");

        /// <summary>Before the first due day.</summary>
        public static Words NothingDue(decimal? actual) => actual is null
            ? new("尚未到应报时间，暂无要求", "nothing is due yet")
            : new($"尚未到应报时间，实际 {Number(actual)}", $"nothing is due yet (actual {Number(actual)})");

        /// <summary>A level or direction without an approved value.</summary>
        public static Words NoValue { get; } = new("尚无审核通过的数值，请督查室关注", "no approved value yet");

        /// <summary>An "about" goal off its expected value by <paramref name="off"/> (a share).</summary>
        public static Words Deviation(decimal actual, decimal off, decimal expected) => new(
            $"实际 {Number(actual)}，偏离应达值 {Number(expected)} {Number(Math.Round(off * 100, 1))}%",
            string.Create(CultureInfo.InvariantCulture, $"actual {Number(actual)} is {off:P0} from the expected {Number(expected)}"));

        /// <summary>Actual against expected: on or ahead, behind, far behind.</summary>
        public static Words Against(TargetStatus status, decimal actual, decimal expected)
        {
            var share = expected == 0 ? null : Number(Math.Round(actual / expected * 100, 1));
            return status switch
            {
                TargetStatus.OnTrack => new(
                    $"实际 {Number(actual)}，达到应达进度 {Number(expected)}", $"actual {Number(actual)} is on or ahead of the expected {Number(expected)}"),
                TargetStatus.Behind => new(
                    $"实际 {Number(actual)}，应达 {Number(expected)}{Share(share)}", $"actual {Number(actual)} is behind the expected {Number(expected)}"),
                _ => new(
                    $"实际 {Number(actual)}，应达 {Number(expected)}{Share(share)}", $"actual {Number(actual)} is far behind the expected {Number(expected)}"),
            };
        }

        private static string Share(string? share) => share is null ? "" : $"（完成应达进度的 {share}%）";

        private static string Actual(decimal? actual) => actual is null ? "" : $"：实际 {Number(actual)}";

        private static string ActualEn(decimal? actual) => actual is null ? "" : $" (actual {Number(actual)})";
    }

    /// <summary>A number as people read it: at most two decimals, no trailing zeros; null for none.</summary>
    public static string? Number(decimal? value) =>
        value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : null;

    /// <summary>A day as yyyy-MM-dd, the form every page and file uses.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
