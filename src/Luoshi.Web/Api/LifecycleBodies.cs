using Luoshi.Domain.Lifecycle;

namespace Luoshi.Web.Api;

/// <summary>What a lifecycle step may carry; each step reads the fields it needs (docs/lifecycle.md).</summary>
/// <param name="Reason">Why a request is returned or refused; the reason of an extension request.</param>
/// <param name="Text">办结情况 of a close request; the reply of an item; a notice's answer.</param>
/// <param name="Milestones">The milestones proposed.</param>
/// <param name="Number">The milestone reported done.</param>
/// <param name="Deadline">The deadline an extension request proposes.</param>
/// <param name="Leader">The unit's leader a notice is addressed to.</param>
/// <param name="Notice">The number of the notice answered.</param>
public sealed record StepBody(
    string? Reason = null, string? Text = null, IReadOnlyList<MilestoneBody>? Milestones = null, int? Number = null,
    DateOnly? Deadline = null, string? Leader = null, string? Notice = null, string? Evidence = null, Satisfaction? Satisfaction = null);

/// <summary>A proposed milestone.</summary>
public sealed record MilestoneBody(string Title, DateOnly Due, string Evidence);

/// <summary>An item put under supervision.</summary>
public sealed record ItemBody(ItemSource Source, int Year, string Title, string SourceDocument, string? Leader, string LeadUnit, DateOnly Due);

/// <summary>What the office may change of an item.</summary>
public sealed record ItemChangeBody(string? Title, string? SourceDocument, string? Leader, string? LeadUnit, DateOnly Due);

/// <summary>How many rows a file stored.</summary>
public sealed record ImportedBody(long Rows);

/// <summary>The tasks of a plan as of a day.</summary>
public sealed record TasksDocument(string AsOf, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<Domain.Reading.TaskStatusView> Tasks);
