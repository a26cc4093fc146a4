using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;

namespace Luoshi.Domain.Lifecycle;

/// <summary>An item supervised from another source than the work report (批示件, 会议议定事项, 上级交办, 人大建议, 政协提案),
/// in the same lifecycle as a task: assigned when created, signed, closed after review; a suggestion or proposal also
/// carries the reply to the deputy and its rating.</summary>
/// <param name="Number">2022-批示-015.</param>
/// <param name="SourceDocument">The instruction, minutes or proposal it comes from (文号 or title).</param>
/// <param name="Demo">True for generated 演示数据.</param>
public sealed record SupervisionItem(
    string Number, ItemSource Source, string Title, string SourceDocument, string? Leader, string LeadUnit, DateOnly Due,
    TaskStage Stage, DateOnly AssignedOn, DateOnly SignDue, DateOnly? SignedOn, DateOnly? CloseRequestedOn, string? Reply,
    Satisfaction? Satisfaction, DateOnly? ClosedOn, string? ClosedBy, bool Demo)
{
    /// <summary>The item's status as of <paramref name="asOf"/>, by the tasks' one rule (no targets, no periodic reports).</summary>
    public TaskProgress StatusOn(DateOnly asOf)
    {
        var life = new TaskLifecycle(Stage, AssignedOn, SignDue, SignedOn, CloseRequestedOn, ClosedOn, ClosedBy, Due, [], [], []);
        return TaskProgressRule.Of([], [], life, hasLeadUnit: false, Due, new ReportingCalendar(Due.Year, ReportingCadence.MonthlyByDay(28)), asOf);
    }
}
