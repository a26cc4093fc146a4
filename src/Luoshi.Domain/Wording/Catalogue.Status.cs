using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The names of statuses and lights.</summary>
    public static class Status
    {
        /// <summary>已完成 / achieved, 正常 / on track, …</summary>
        public static Words Name(TargetStatus status) => status switch
        {
            TargetStatus.Achieved => new("已完成", "achieved"),
            TargetStatus.OnTrack => new("正常", "on track"),
            TargetStatus.Behind => new("滞后", "behind"),
            TargetStatus.AtRisk => new("严重滞后", "at risk"),
            TargetStatus.Missed => new("未完成", "missed"),
            TargetStatus.NotReported => new("未报送", "not reported"),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

        /// <summary>绿灯 / green, 黄灯 / yellow, 红灯 / red.</summary>
        public static Words Light(Light light) => light switch
        {
            Luoshi.Domain.Evaluation.Light.Green => new("绿灯", "green"),
            Luoshi.Domain.Evaluation.Light.Yellow => new("黄灯", "yellow"),
            _ => new("红灯", "red"),
        };

        /// <summary>A status key (on_track…) that names no status.</summary>
        public static Words UnknownKey(string found) => new(
            $"未知状态“{found}”；应为 achieved、on_track、behind、at_risk、missed 或 not_reported",
            $"unknown status \"{found}\"; expected achieved, on_track, behind, at_risk, missed or not_reported");

        /// <summary>The legend every ledger and notice prints under its lights.</summary>
        public static Words Legend { get; } = new(
            "绿＝已完成、正常；黄＝滞后；红＝严重滞后、未完成、未报送。",
            "green = achieved, on track; yellow = behind; red = at risk, missed, not reported.");
    }
}
