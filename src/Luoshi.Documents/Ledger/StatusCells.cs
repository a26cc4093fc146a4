using Luoshi.Documents.Excel;
using Luoshi.Domain.Evaluation;

namespace Luoshi.Documents.Ledger;

/// <summary>A status as a ledger cell shows it: the office's words and its light (绿 achieved or on track, 黄 behind,
/// 红 at risk, missed or not reported).</summary>
internal static class StatusCells
{
    public static string Words(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "已完成",
        TargetStatus.OnTrack => "正常",
        TargetStatus.Behind => "滞后",
        TargetStatus.AtRisk => "严重滞后",
        TargetStatus.Missed => "未完成",
        TargetStatus.NotReported => "未报送",
        _ => status.ToString(),
    };

    public static CellStyle Light(TargetStatus status) => status switch
    {
        TargetStatus.Achieved or TargetStatus.OnTrack => CellStyle.Green,
        TargetStatus.Behind => CellStyle.Yellow,
        _ => CellStyle.Red,
    };
}
