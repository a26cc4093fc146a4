using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the unit assessment (考核): why each point was given or taken.</summary>
    public static class Assessment
    {
        /// <summary>A task's result points and weight.</summary>
        public static Words ResultPoints(ClosingResult? result, decimal weight, decimal points) => new(
            $"{(result is { } r ? Closing.ResultName(r).Zh : "未确认")}，得{points:0.##}分（权重{weight:0.##}）",
            $"{(result is { } e ? Closing.ResultName(e).En : "unconfirmed")}: {points:0.##} points (weight {weight:0.##})");

        /// <summary>Late or missing reports.</summary>
        public static Words LateReports(int count, decimal each) => new($"逾期或未报送进展{count}次，每次扣{each:0.##}分",
            $"{count} progress reports late or missing, {each:0.##} each");

        /// <summary>A target red too long.</summary>
        public static Words RedHeld(string target, int periods) => new($"目标 {target} 连续红灯超过{periods}期", $"target {target} red for more than {periods} periods in a row");

        /// <summary>A supervision notice.</summary>
        public static Words Notice(NoticeSeverity severity) => new($"被下发{Lifecycle.SeverityName(severity).Zh}督办单", $"a {Lifecycle.SeverityName(severity).En} supervision notice");

        /// <summary>Extensions granted.</summary>
        public static Words Extensions(int count) => new($"申请延期获批{count}次", $"{count} extensions granted");

        /// <summary>Closed before the deadline.</summary>
        public static Words EarlyClose => new("提前办结销号", "closed before its deadline");

        /// <summary>Deductions above the cap.</summary>
        public static Words DeductionCapped(decimal total, decimal cap) => new($"扣分合计{total:0.##}分，超过上限按{cap:0.##}分计",
            $"deductions of {total:0.##} capped at {cap:0.##}");

        /// <summary>Additions above the cap.</summary>
        public static Words AdditionCapped(decimal total, decimal cap) => new($"加分合计{total:0.##}分，超过上限按{cap:0.##}分计",
            $"additions of {total:0.##} capped at {cap:0.##}");

        /// <summary>A scheme out of range.</summary>
        public static Words BadScheme => new("考核方案的分值须在0至100之间，权重须大于0", "the scheme's points must be within 0–100 and weights above 0");
    }
}
