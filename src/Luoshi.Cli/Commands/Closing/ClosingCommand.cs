using System.CommandLine;
using Luoshi.Domain.Closing;
using Luoshi.Storage;
using Luoshi.Storage.Closing;

namespace Luoshi.Cli.Commands.Closing;

/// <summary><c>luoshi closing open|submit|return|confirm|correct|tolerances|evidence|status</c>: the year-end closing (年底交账,
/// docs/closing.md), each step checked for who may take it in the account's state and audited.</summary>
internal static class ClosingCommand
{
    public static Command Create()
    {
        var command = new Command("closing", "年底交账: open, submit, return, confirm, correct; evidence files; the year's account");
        command.Subcommands.Add(OpenCommand("open", "The office opens the year-end closing (from 1 December)", (l, p, a, t, ct) => l.OpenAsync(p, a, t, ct)));
        command.Subcommands.Add(OpenCommand("tolerances", "The office sets the tolerances for 基本完成", (l, p, a, t, ct) => l.SetTolerancesAsync(p, a, t, ct)));
        command.Subcommands.Add(SubmitCommand());
        var reason = new Option<string?>("--reason") { Description = "Why (退回原因)" };
        command.Subcommands.Add(new ClosingStepRunner().Command("return", "The office returns a submitted account",
            (res, l, p, t, a, ct) => l.ReturnAsync(p, t, a, res.GetValue(reason), ct), reason));
        var confirmAs = new Option<string?>("--result") { Description = "The result confirmed, if not the one proposed: 完成, 基本完成 or 未完成" };
        command.Subcommands.Add(new ClosingStepRunner().Command("confirm", "The office confirms a submitted account (then frozen)",
            (res, l, p, t, a, ct) => ClosingInput.Result(res.GetValue(confirmAs), "--result") is { } bad ? Task.FromResult(StoreResult.Fail(bad))
                : l.ConfirmAsync(p, t, a, ClosingKeys.ParseResult(res.GetValue(confirmAs)), ct), confirmAs));
        var correctTo = new Option<string?>("--result") { Description = "The corrected result: 完成, 基本完成 or 未完成", Required = true };
        var why = new Option<string?>("--reason") { Description = "Why it is corrected (更正原因)", Required = true };
        command.Subcommands.Add(new ClosingStepRunner().Command("correct", "The office records a correction of a confirmed result",
            (res, l, p, t, a, ct) => ClosingInput.Result(res.GetValue(correctTo), "--result") is { } bad ? Task.FromResult(StoreResult.Fail(bad))
                : l.CorrectAsync(p, t, a, ClosingKeys.ParseResult(res.GetValue(correctTo)), res.GetValue(why), ct), correctTo, why));
        command.Subcommands.Add(EvidenceCommand.Create());
        command.Subcommands.Add(ClosingStatusCommand.Create());
        command.Subcommands.Add(AssessCommand.Scheme());
        command.Subcommands.Add(AssessCommand.Assess());
        foreach (var self in SelfAssessCommand.Create())
        {
            command.Subcommands.Add(self);
        }

        return command;
    }

    private static Command SubmitCommand()
    {
        var result = new Option<string?>("--result") { Description = "The result proposed: 完成, 基本完成 or 未完成", Required = true };
        var summary = new Option<string?>("--summary") { Description = "完成情况: what was done" };
        var doneOn = new Option<DateOnly?>("--done-on") { Description = "The day it was done, YYYY-MM-DD" };
        var reason = new Option<string?>("--reason") { Description = "Why it fell short (needed below 完成)" };
        var evidence = new Option<string[]>("--evidence") { Description = "Evidence: a document and where it is (repeat)" };
        var final = new Option<string[]>("--final") { Description = "A target's final value, T1.1=5600, or a milestone's day, T2.1@2022-12-20 (repeat)" };
        return new ClosingStepRunner().Command("submit", "The lead unit submits (or resubmits) a task's year-end account",
            (res, l, p, t, a, ct) =>
            {
                var finals = ClosingInput.Finals(res.GetValue(final) ?? [], out var badFinal);
                return (ClosingInput.Result(res.GetValue(result), "--result") ?? badFinal) is { } bad ? Task.FromResult(StoreResult.Fail(bad))
                    : l.SubmitAsync(p, t, a, new ClosingSubmission(ClosingKeys.ParseResult(res.GetValue(result)), res.GetValue(summary), res.GetValue(doneOn),
                        res.GetValue(reason), res.GetValue(evidence) ?? [], finals), ct);
            },
            result, summary, doneOn, reason, evidence, final);
    }

    private static Command OpenCommand(
        string name, string description,
        Func<ClosingLedger, int, Storage.Lifecycle.LifecycleActor, ClosingTolerances, CancellationToken, Task<Storage.StoreResult>> step)
    {
        var d = ClosingTolerances.Default;
        var cumulative = new Option<decimal>("--cumulative") { Description = "Tolerance of an amount, % of the goal", DefaultValueFactory = _ => d.Cumulative };
        var ratio = new Option<decimal>("--ratio") { Description = "Tolerance of a share or coverage, % of the goal", DefaultValueFactory = _ => d.Ratio };
        var level = new Option<decimal>("--level") { Description = "Tolerance of a level, % of the goal", DefaultValueFactory = _ => d.Level };
        var direction = new Option<decimal>("--direction") { Description = "Tolerance of a direction, % of last year's value", DefaultValueFactory = _ => d.Direction };
        var days = new Option<int>("--milestone-days") { Description = "Days after a milestone's deadline still 基本完成", DefaultValueFactory = _ => d.MilestoneDays };
        return new ClosingStepRunner().PlanCommand(name, description,
            (res, l, p, a, ct) => step(l, p, a, new ClosingTolerances(res.GetValue(cumulative), res.GetValue(ratio), res.GetValue(level), res.GetValue(direction), res.GetValue(days)), ct),
            cumulative, ratio, level, direction, days);
    }
}
