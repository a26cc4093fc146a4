using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Closing;

/// <summary>What every <c>luoshi closing …</c> step shares: the ledger, the plan, who acts (--unit acts as that unit's
/// reporter; otherwise the account named by --as, or the office), the task argument, one way to print a refusal.</summary>
internal sealed class ClosingStepRunner
{
    private readonly StoreSelection _store = new();
    private readonly PlanSelection _plan = new();

    public Option<string?> Unit { get; } = new("--unit") { Description = "Act as this unit's reporter (name or alias); default: the account of --as, else the office" };

    public Argument<string> Task { get; } = new("TASK") { Description = "The task number in the breakdown, e.g. T15" };

    /// <summary>A step on one task's account.</summary>
    public Command Command(string name, string description, Func<ParseResult, ClosingLedger, int, string, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Option[] extra)
    {
        var command = new Command(name, description) { Task };
        return Wire(command, name, extra, async (result, ledger, plan, actor, ct) =>
        {
            var task = result.GetValue(Task)!;
            var done = await step(result, ledger.Closing, plan, task, actor, ct);
            return (done, $"{task}: {Lang.Pick("已办理", "done")} ({name})");
        });
    }

    /// <summary>A step on the plan's closing.</summary>
    public Command PlanCommand(string name, string description, Func<ParseResult, ClosingLedger, int, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Option[] extra) =>
        Wire(new Command(name, description), name, extra, async (result, ledger, plan, actor, ct) =>
            (await step(result, ledger.Closing, plan, actor, ct), $"{Lang.Pick("已办理", "done")} ({name})"));

    /// <summary>A step that needs the whole ledger (the self-assessment's, which lives beside the closing).</summary>
    public Command LedgerCommand(string name, string description, Func<ParseResult, Luoshi.Storage.Ledger, int, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Option[] extra) =>
        Wire(new Command(name, description), name, extra, async (result, ledger, plan, actor, ct) =>
            (await step(result, ledger, plan, actor, ct), $"{Lang.Pick("已办理", "done")} ({name})"));

    private Command Wire(Command command, string name, Option[] extra, Func<ParseResult, Luoshi.Storage.Ledger, int, LifecycleActor, CancellationToken, Task<(StoreResult, string)>> run)
    {
        command.Options.Add(Unit);
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }

        _store.AddTo(command);
        _plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var label = $"luoshi closing {name}";
            await using var ledger = await _store.OpenAsync(result, ct);
            if (await _plan.FindAsync(ledger, result, label, ct) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            var (done, said) = await run(result, ledger, plan.Id, await ActorAsync(ledger, result, ct), ct);
            if (!done.Succeeded)
            {
                return ProblemOutput.Write(label, done.Error!, Console.Error);
            }

            Console.Out.WriteLine(said);
            return ExitCodes.Success;
        });
        return command;
    }

    private async Task<LifecycleActor> ActorAsync(Luoshi.Storage.Ledger ledger, ParseResult result, CancellationToken ct)
    {
        if (result.GetValue(Unit) is { } unit)
        {
            return LifecycleActor.OfUnit(await ledger.FindUnitNameAsync(unit, ct) ?? unit.Trim());
        }

        var account = await ledger.FindAccountAsync(_store.ActorFrom(result), ct);
        return account is null ? LifecycleActor.Office : new LifecycleActor(account.Role, account.Unit);
    }
}
