using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Progress;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Stores the reports of a filled-in file in one transaction through the progress file's own path (lookups,
/// bulk writer, one audit entry for the file), so a template and a CSV file keep the same rules and speed.</summary>
internal static class ReportBatchImport
{
    public static Task<CsvImportResult> RunAsync(StoreSession session, int planId, ReportBatch batch, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var (progress, problem) = await ProgressSession.OpenAsync(db, session, planId, token).ConfigureAwait(false);
                if (progress is null)
                {
                    return new CsvImportResult(0, [problem!]);
                }

                await using (progress.ConfigureAwait(false))
                {
                    if (await progress.ImportedBeforeAsync(db, batch.Sha256, token).ConfigureAwait(false))
                    {
                        return new CsvImportResult(0, []);
                    }

                    var (rows, error) = await WriteAsync(batch, progress, token).ConfigureAwait(false);
                    if (error is not null)
                    {
                        return new CsvImportResult(0, [error]);
                    }

                    await progress.FinishAsync(db, session, batch.Source, batch.Sha256, rows, token).ConfigureAwait(false);
                    return new CsvImportResult(rows, []);
                }
            },
            result => result.Succeeded,
            ct);

    // The file's reader has checked every row against the plan; what is left to find here is a report that became
    // uneditable, or changed, since, or a value the rules refuse: the first such stops the batch, and nothing is stored.
    private static async Task<(long Rows, Problem? Error)> WriteAsync(ReportBatch batch, ProgressSession progress, CancellationToken ct)
    {
        var (plan, writer) = (progress.Plan, progress.Writer);
        var state = batch.Submit ? ReportState.Submitted : ReportState.Draft;
        long rows = 0;
        foreach (var draft in batch.Reports)
        {
            var place = Place.OfFile(batch.Source);
            if (Head(draft, plan, state) is not { } head)
            {
                return (0, Refusal(draft, plan).At(place));
            }

            var (report, conflict) = await writer.ReportAsync(head, ct).ConfigureAwait(false);
            if (conflict is { } words)
            {
                return (0, new Problem(words, place, ProblemKind.Conflict));
            }

            foreach (var value in draft.Values)
            {
                if (!plan.Targets.TryGetValue(value.TargetCode, out var target) || target.Task != head.Task)
                {
                    return (0, new Problem(Catalogue.Reports.TargetNotOfTask(value.TargetCode, head.Task.Code), place));
                }

                if (target.Rule.Check(value.Value, value.Numerator, value.Denominator, value.DoneOn) is [var first, ..])
                {
                    return (0, new Problem(Words.Same(value.TargetCode).Then(first.Message, "：", ": "), place));
                }

                var line = new ProgressLine(target, draft.Period, head.Unit, value.Value, value.Numerator, value.Denominator, value.DoneOn, state, null);
                if (await writer.AddAsync(line, ct).ConfigureAwait(false) is { } changed)
                {
                    return (0, new Problem(changed, place, ProblemKind.Conflict));
                }

                rows++;
            }
        }

        return (rows, null);
    }

    // The report a draft makes, or null when its task, unit, state or narrative cannot be stored.
    private static ReportHead? Head(ReportDraft draft, ProgressPlan plan, ReportState state)
    {
        if (!plan.Tasks.TryGetValue(draft.TaskCode, out var task))
        {
            return null;
        }

        var unit = plan.Units.Find(draft.Unit) ?? draft.Unit.Trim();
        var stored = plan.Reports.GetValueOrDefault(ProgressPlan.ReportKey(task.Index, draft.Period));
        var text = new ReportText(draft.Progress, draft.Problems, draft.NextSteps);
        return !task.Units.Contains(unit) || unit != task.Lead || (stored is not null && !ReportWorkflow.IsEditable(stored.State)) || TextProblem(text) is not null
            ? null
            : new ReportHead(task, draft.Period, unit, state, text);
    }

    private static Problem Refusal(ReportDraft draft, ProgressPlan plan)
    {
        if (!plan.Tasks.TryGetValue(draft.TaskCode, out var task))
        {
            return new(Catalogue.Progress.NoTask(plan.Name, draft.TaskCode));
        }

        var unit = plan.Units.Find(draft.Unit) ?? draft.Unit.Trim();
        if (!task.Units.Contains(unit))
        {
            return new(Catalogue.Reports.NotUnitOfTask(draft.Unit, task.Code));
        }

        // Reports carry the task's values, which only its lead unit sends (UnitRoles).
        if (unit != task.Lead)
        {
            return Catalogue.Contributions.OnlyLeadReports(unit, task.Code, task.Lead ?? "");
        }

        return plan.Reports.GetValueOrDefault(ProgressPlan.ReportKey(task.Index, draft.Period)) is { } stored && !ReportWorkflow.IsEditable(stored.State)
            ? new(Catalogue.Reports.NoLongerReplaceable(task.Code, plan.Calendar[draft.Period], stored.State), Kind: ProblemKind.Conflict)
            : new(TextProblem(new ReportText(draft.Progress, draft.Problems, draft.NextSteps))!.Value);
    }

    private static Words? TextProblem(ReportText text) =>
        TextRules.Block(text.Progress, TextRules.Narrative) ?? TextRules.Block(text.Problems, TextRules.Narrative) ?? TextRules.Block(text.NextSteps, TextRules.Narrative);
}
