using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Reports;

/// <summary>Checks a report as a unit writes it (web form, API, command line) by the domain's value rules: each value
/// by its target's <see cref="ValueRule"/>, the narratives and evidence by <see cref="TextRules"/> — the same rules
/// the CSV import and the offline template apply. The first problem is returned, placed at its field.</summary>
internal static class DraftRules
{
    public static Problem? Check(ReportDraft draft, PlanTask task, int planYear)
    {
        foreach (var (field, text) in new[] { ("progress", draft.Progress), ("problems", draft.Problems), ("nextSteps", draft.NextSteps) })
        {
            if (TextRules.Block(text, TextRules.Narrative) is { } problem)
            {
                return Error(problem, Place.OfField(field));
            }
        }

        for (var i = 0; i < draft.Evidence.Count; i++)
        {
            if (TextRules.Line(draft.Evidence[i], TextRules.Note) is { } problem)
            {
                return Error(problem, Place.OfField($"evidence[{i}]"));
            }
        }

        foreach (var value in draft.Values)
        {
            var target = task.Targets.First(t => t.Code == value.TargetCode);
            var problems = ValueRule.Of(target, planYear).Check(value.Value, value.Numerator, value.Denominator, value.DoneOn);
            if (problems.Count > 0)
            {
                return Error(problems[0].Message, Place.OfField($"values[{target.Code}].{FieldName(problems[0].Field)}"));
            }
        }

        return null;
    }

    /// <summary>The field's name in a request body.</summary>
    public static string FieldName(ValueField field) => field switch
    {
        ValueField.Value => "value",
        ValueField.Numerator => "numerator",
        ValueField.Denominator => "denominator",
        _ => "doneOn",
    };

    private static Problem Error(Words message, Place place) => new(message, place);
}
