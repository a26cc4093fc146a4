using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Drafts;

/// <summary>A number in a task that did not become a target, and why.</summary>
/// <param name="Task">The task whose text holds the number.</param>
/// <param name="Words">The number with the words that decided its fate (60岁以上, 第3, 2022年).</param>
public sealed record DroppedNumber(string Task, string Words, SourceSpan Span, DropReason Reason);
