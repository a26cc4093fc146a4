using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Units;

namespace Luoshi.Intake.Progress;

/// <summary>What a progress file is read against: the plan's tasks and targets by code (each target with its value
/// rule), the unit names, and the reports already stored. Loaded once by Storage; everything else streams.</summary>
public sealed class ProgressPlan
{
    /// <summary>"四会市 2022": how messages name the plan.</summary>
    public required string Name { get; init; }

    /// <summary>The plan's periods.</summary>
    public required ReportingCalendar Calendar { get; init; }

    /// <summary>The tasks by code.</summary>
    public required Dictionary<string, TaskEntry> Tasks { get; init; }

    /// <summary>The targets by code.</summary>
    public required Dictionary<string, TargetEntry> Targets { get; init; }

    /// <summary>The ledger's units by name and alias.</summary>
    public required UnitNames Units { get; init; }

    /// <summary>Reports already stored, by <see cref="ReportKey"/>.</summary>
    public required Dictionary<int, StoredReport> Reports { get; init; }

    /// <summary>How many periods the plan has.</summary>
    public int Periods => Calendar.Periods.Count;

    /// <summary>One number for a task and a period (periods are at most 32, <see cref="PeriodSet"/>).</summary>
    public static int ReportKey(int taskIndex, int period) => (taskIndex * 32) + period;

    /// <summary>The task index a <see cref="ReportKey"/> was made of.</summary>
    public static int TaskIndexOf(int reportKey) => reportKey / 32;
}

/// <summary>A task of the plan: its position (for the report key), id, code and the units that may report on it.</summary>
public sealed record TaskEntry(int Index, int Id, string Code, HashSet<string> Units, string? Lead);

/// <summary>A target of the plan, the task it belongs to, and the rule its values keep.</summary>
public sealed record TargetEntry(int Index, int Id, string Code, TaskEntry Task, ValueRule Rule);

/// <summary>A report already in the ledger for a task and period.</summary>
public sealed record StoredReport(int Id, ReportState State, int Version);
