using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi assign TASK</c>: sets a task's lead and supporting units, leader and deadline.</summary>
internal static class AssignCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var task = new Argument<string>("TASK") { Description = "The task number in the breakdown, e.g. T15" };
        var lead = new Option<string?>("--lead") { Description = "The lead unit (牵头单位), by name or alias" };
        var support = new Option<string[]>("--support")
        {
            Description = "Supporting units (配合单位), comma-separated or repeated; an empty value clears them",
            AllowMultipleArgumentsPerToken = true,
        };
        var leader = new Option<string?>("--leader") { Description = "The responsible leader (责任领导)" };
        var deadline = new Option<DateOnly?>("--deadline") { Description = "The deadline (完成时限), YYYY-MM-DD" };
        var command = new Command("assign", "Set a task's lead and supporting units, leader and deadline") { task, lead, support, leader, deadline };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var supporting = result.GetResult(support) is null ? null
                : result.GetValue(support)!.SelectMany(s => s.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var change = new Assignment(result.GetValue(lead), supporting, result.GetValue(leader), result.GetValue(deadline));
            if (change is { LeadUnit: null, SupportingUnits: null, Leader: null, Deadline: null })
            {
                Console.Error.WriteLine("luoshi assign: nothing to change; give --lead, --support, --leader or --deadline");
                return ExitCodes.BadInput;
            }

            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi assign", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var assigned = await ledger.AssignAsync(found.Id, result.GetValue(task)!, change, ct);
            if (!assigned.Succeeded)
            {
                return ProblemOutput.Write("luoshi assign", assigned.Error!, Console.Error);
            }

            Console.Out.WriteLine($"{result.GetValue(task)} assigned");
            return ExitCodes.Success;
        });
        return command;
    }
}
