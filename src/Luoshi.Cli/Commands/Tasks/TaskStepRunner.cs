using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary>What every <c>luoshi task …</c> step shares: the ledger, the plan, who acts (--unit acts as that unit's
/// reporter; otherwise the account named by --as, or the office when --as names no account), the task argument, and
/// one way to print a refusal.</summary>
internal sealed class TaskStepRunner
{
    private readonly StoreSelection _store = new();
    private readonly PlanSelection _plan = new();

    public Option<string?> Unit { get; } = new("--unit") { Description = "Act as this unit's reporter (name or alias); default: the account of --as, else the office" };

    public Argument<string> Task { get; } = new("TASK") { Description = "The task number in the breakdown, e.g. T15" };

    /// <summary>A subcommand named <paramref name="name"/> taking the task and <paramref name="extra"/>, running <paramref name="step"/>.</summary>
    public Command Command(string name, string description, Func<ParseResult, LifecycleLedger, int, string, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Symbol[] extra)
    {
        var command = new Command(name, description) { Task, Unit };
        foreach (var symbol in extra)
        {
            if (symbol is Option option)
            {
                command.Options.Add(option);
            }
            else
            {
                command.Arguments.Add((Argument)symbol);
            }
        }

        _store.AddTo(command);
        _plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var label = $"luoshi task {name}";
            await using var ledger = await _store.OpenAsync(result, ct);
            if (await _plan.FindAsync(ledger, result, label, ct) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            var actor = await ActorAsync(ledger, result, ct);
            var done = await step(result, ledger.Lifecycle, plan.Id, result.GetValue(Task)!, actor, ct);
            if (!done.Succeeded)
            {
                return ProblemOutput.Write(label, done.Error!, Console.Error);
            }

            Console.Out.WriteLine($"{result.GetValue(Task)}: {Lang.Pick("已办理", "done")} ({name})");
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
