using Luoshi.Domain.Values;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Progress.Template;

/// <summary>The columns of the offline report template: what the unit reads, what it fills, and the hidden, locked ids
/// the import trusts only with their checksum. Column numbers are 1-based; the writer (Luoshi.Documents) and the reader
/// (<see cref="TemplateFile"/>) share this one layout.</summary>
public static class TemplateColumns
{
    /// <summary>The sheet the units fill in.</summary>
    public const string Sheet = "填报";

    /// <summary>The header row, and the first row of tasks below it.</summary>
    public const int HeaderRow = 3, FirstRow = 4;

    /// <summary>Column numbers.</summary>
    public const int TaskCode = 1, TaskText = 2, TargetCode = 3, Target = 4, Goal = 5, Hint = 6,
        Value = 7, Numerator = 8, Denominator = 9, DoneOn = 10, Progress = 11, Problems = 12, NextSteps = 13,
        PlanId = 14, TaskId = 15, TargetId = 16, Period = 17, Unit = 18, Checksum = 19;

    /// <summary>The header of each column, in order.</summary>
    public static readonly string[] Headers =
    [
        "任务编号", "任务内容", "目标编号", "目标", "目标值", "填报说明", "本期数值", "分子", "分母", "完成日期", "进展情况", "存在问题", "下一步措施",
        "计划编号", "任务代码", "目标代码", "期次", "填报单位", "校验码",
    ];

    /// <summary>Column widths as the writer sets them.</summary>
    public static readonly double[] Widths = [9, 36, 9, 18, 14, 30, 12, 10, 10, 12, 36, 28, 28, 8, 8, 8, 8, 16, 14];

    /// <summary>The columns hidden (and locked) in the template.</summary>
    public static readonly int[] Hidden = [PlanId, TaskId, TargetId, Period, Unit, Checksum];

    /// <summary>The longest narrative a cell may hold: the narrative rule every channel keeps.</summary>
    public const int TextLength = TextRules.Narrative;

    /// <summary>The columns as the reader finds them, by their headers (a cell's place reads "G (本期数值)").</summary>
    public static IReadOnlyList<Column> Read { get; } = [.. Headers.Select(h => new Column(h, ""))];
}
