using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.Cli.LedgerAccess;

/// <summary>Turns the parser's draft into the plan the ledger stores: codes stay the parser's (T15, T15.1), so a
/// re-import of the same report finds the same rows.</summary>
internal static class PlanFromDraft
{
    public static Plan Create(PlanDraft draft, string region, string text, ReportingCadence cadence)
    {
        var workItems = draft.WorkItems.ToDictionary(w => w.Id, w => w.Title);
        var plan = new Plan
        {
            Region = region,
            Year = draft.Year,
            SourceName = draft.Source,
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Cadence = cadence,
            Sections = [.. draft.Sections.Select(s => new Section
            {
                Code = s.Id, Number = s.Number, Title = s.Title, Level = s.Level, ParentCode = s.Parent, Span = s.Span,
            })],
        };
        var targetsByTask = draft.Targets.ToLookup(t => t.Task);
        plan.Tasks = [.. draft.Tasks.Select(t => Task(t, workItems.GetValueOrDefault(t.WorkItem), targetsByTask[t.Id], draft.Year))];
        return plan;
    }

    private static PlanTask Task(TaskDraft t, string? workItem, IEnumerable<TargetDraft> targets, int year)
    {
        var mapped = targets.Select(Target).ToList();
        return new PlanTask
        {
            Code = t.Id,
            SectionCode = t.Section,
            WorkItem = workItem,
            Text = t.Text,
            Span = t.Span,
            LeadUnit = t.LeadUnit,
            SupportingUnits = [.. t.SupportingUnits],
            UnitsSuggested = t.UnitsSuggested,
            // A task is done when its last target is; without targets, by the end of the plan year.
            Deadline = mapped.Count > 0 ? mapped.Max(m => m.Deadline) : new DateOnly(year, 12, 31),
            Targets = mapped,
        };
    }

    private static Target Target(TargetDraft t) => new()
    {
        Code = t.Id,
        Text = t.Text,
        Subject = t.Subject,
        Kind = t.Kind,
        Comparator = t.Comparator,
        Value = t.Value,
        Upper = t.Upper,
        Unit = t.Unit,
        Measure = MeasureDefaults.For(t.Kind, t.Comparator, t.Unit),
        Deadline = t.Deadline,
        Span = t.Span,
    };
}
