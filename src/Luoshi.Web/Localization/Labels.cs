using Luoshi.Domain.Access;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Localization;

/// <summary>How statuses, report states and roles are named on pages, and their light (红黄绿灯) as a CSS class.</summary>
public static class Labels
{
    /// <summary>The words for a target status.</summary>
    public static string Status(TargetStatus status) => Catalogue.Status.Name(status);

    /// <summary>The machine name of a status, as the API writes it: on_track, not_reported….</summary>
    public static string StatusKey(TargetStatus status) => TargetStatusKey.Of(status);

    /// <summary>The light of a status as a CSS class: green, yellow, red.</summary>
    public static string Light(TargetStatus status) => StatusLights.Key(StatusLights.Of(status));

    /// <summary>The light of a task's status as a CSS class.</summary>
    public static string Light(Domain.Lifecycle.TaskStatusKind kind) => StatusLights.Key(StatusLights.Of(kind));

    /// <summary>The words for where a report is in its review.</summary>
    public static string State(ReportState state) => state switch
    {
        ReportState.Draft => T("草稿", "draft"),
        ReportState.Submitted => T("已报送", "submitted"),
        ReportState.Returned => T("已退回", "returned"),
        ReportState.Resubmitted => T("重新报送", "resubmitted"),
        ReportState.Approved => T("已审核", "approved"),
        _ => state.ToString(),
    };

    /// <summary>The words for a role.</summary>
    public static string Role(AccountRole role) => role switch
    {
        AccountRole.Administrator => T("系统管理员", "administrator"),
        AccountRole.Office => T("督查室", "supervision office"),
        AccountRole.UnitReporter => T("单位填报员", "unit reporter"),
        AccountRole.Leader => T("领导", "leader"),
        AccountRole.DataFeed => T("数据接入", "data feed"),
        _ => role.ToString(),
    };

    /// <summary>All statuses in the order pages list them: the worst first.</summary>
    public static IReadOnlyList<TargetStatus> StatusOrder => StatusLights.WorstFirst;
}
