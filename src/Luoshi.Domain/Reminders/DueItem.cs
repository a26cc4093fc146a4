namespace Luoshi.Domain.Reminders;

/// <summary>One thing a unit owes by a day: what it is, whose, when, and the page where it is done.</summary>
/// <param name="Subject">Names the item for good (report:7:T16:3): the first part of every reminder's key.</param>
/// <param name="Task">The task's sentence, shortened, as lists show it.</param>
/// <param name="What">What is owed, as people read it (2026年3月进展报告).</param>
/// <param name="Unit">The unit that owes it.</param>
/// <param name="Due">The last day it may be done on time.</param>
/// <param name="Link">The path of the page where it is done (/reports/new?plan=7&amp;task=T16&amp;period=3).</param>
/// <param name="Colour">The colour of the task's latest 督办单, if one was issued: escalations go out in it.</param>
public sealed record DueItem(
    DueKind Kind, string Subject, int PlanId, string TaskCode, string Task, Wording.Words What, string Unit, DateOnly Due, string Link,
    Lifecycle.NoticeSeverity? Colour = null);
