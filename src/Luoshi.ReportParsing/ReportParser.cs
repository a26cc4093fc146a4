using System.Globalization;
using System.Text.RegularExpressions;
using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Explain;
using Luoshi.ReportParsing.Input;
using Luoshi.ReportParsing.Outline;
using Luoshi.ReportParsing.Targets;
using Luoshi.ReportParsing.Text;
using Luoshi.ReportParsing.Units;

namespace Luoshi.ReportParsing;

/// <summary>Turns a work report's text into a draft task breakdown: sections, work items, tasks with suggested
/// units, and the measurable targets of each task with their source spans.</summary>
public static partial class ReportParser
{
    /// <summary>Parses <paramref name="report"/>. Never throws for unusual text: what it cannot read as a target
    /// stays in the task's text for a person to handle.</summary>
    public static PlanDraft Parse(ReportText report, ParseOptions options)
    {
        var text = FoldedText.Create(report.Text);
        var quiet = new SentenceContext(text.Original, text.Folded);
        var log = options.Explain ? new ExplainLog(text.Original) : null;
        var context = quiet with { Log = log };
        var outline = OutlineReader.Read(text.Original, text.Folded, (start, end) => TargetFinder.HoldsTarget(quiet, start, end, options.Year));
        var tasks = new List<TaskDraft>();
        var targets = new List<TargetDraft>();
        foreach (var sentence in outline.Sentences)
        {
            var named = NamedUnits.Find(text.Original, text.Folded, sentence.Start, sentence.End);
            if (named is { } assignment && IsOnlyAssignment(text.Folded, sentence, assignment.Start, assignment.End)
                && tasks.Count > 0 && tasks[^1].WorkItem == sentence.WorkItem)
            {
                // （责任单位：…） or 由…负责落实 standing alone assigns the task before it.
                tasks[^1] = WithUnits(tasks[^1], assignment.Units);
                continue;
            }

            var units = named?.Units ?? options.Departments.Suggest(text.Folded.AsSpan(sentence.Start, sentence.End - sentence.Start));
            var task = WithUnits(
                new TaskDraft($"T{tasks.Count + 1}", sentence.Section, sentence.WorkItem,
                    text.Original[sentence.Start..sentence.End], new SourceSpan(sentence.Start, sentence.End - sentence.Start),
                    null, [], false),
                units);
            tasks.Add(task);
            log?.Task = task.Id;
            if (!sentence.Review)
            {
                AddTargets(targets, context, task, sentence, options.Year);
            }
            else
            {
                DroppedNumbers.All(context, sentence.Start, sentence.End, DropReason.Result);
            }
        }

        return new PlanDraft(report.Name, options.Region, options.Year, outline.Sections, outline.WorkItems, tasks, targets, log?.Dropped);
    }

    /// <summary>The plan year a report names for itself (2022年政府工作报告, 2023年工作安排), or null.</summary>
    public static int? InferYear(string text)
    {
        var match = PlanYear().Match(text);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static void AddTargets(List<TargetDraft> targets, SentenceContext context, TaskDraft task, OutlineSentence sentence, int year)
    {
        var n = 0;
        foreach (var (candidate, deadline, stated) in TargetFinder.Find(context, sentence.Start, sentence.End, year))
        {
            n++;
            targets.Add(new TargetDraft(
                $"{task.Id}.{n}", task.Id, context.Original[candidate.Start..candidate.End], candidate.Kind,
                candidate.Comparator, candidate.Value, candidate.Upper, candidate.Unit, candidate.Subject, deadline, stated,
                new SourceSpan(candidate.Start, candidate.End - candidate.Start),
                context.Log is null ? null : Explanations.Of(context.Original, candidate)));
        }
    }

    private static TaskDraft WithUnits(TaskDraft task, UnitAssignment units) =>
        task with { LeadUnit = units.Lead, SupportingUnits = units.Supporting, UnitsSuggested = units.Suggested };

    // What is left of the sentence once the naming phrase is removed is only filler such as 落实.
    private static bool IsOnlyAssignment(string folded, OutlineSentence sentence, int start, int end)
    {
        var rest = string.Concat(folded.AsSpan(sentence.Start, start - sentence.Start), folded.AsSpan(end, sentence.End - end));
        return rest.Trim().Trim('(', ')', ',').Replace("落实", "", StringComparison.Ordinal).Replace("具体", "", StringComparison.Ordinal).Length == 0;
    }

    [GeneratedRegex(@"(?<year>20\d{2})年(?:[^\n。]{0,12}?)(?:政府工作报告|工作安排|主要预期目标|工作任务|预期目标)")]
    private static partial Regex PlanYear();
}
