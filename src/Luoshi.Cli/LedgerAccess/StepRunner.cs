using System.CommandLine;
using Luoshi.Cli.Output;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.LedgerAccess;

/// <summary>What every step a person takes on a plan from the command line shares (<c>luoshi task …</c>,
/// <c>luoshi closing …</c>): the ledger, the plan, who acts (--unit acts as that unit's reporter; otherwise the account
/// named by --as, or the office when --as names no account), the task argument, and one way to print a refusal
/// (<see cref="ProblemOutput"/>). A step reaches the ledger's feature service <typeparamref name="TService"/>; the
/// service decides, by the domain's rules, whether this actor may take it.</summary>
/// <param name="group">The command group after <c>luoshi</c>, e.g. <c>task</c>, for the label of refusals.</param>
/// <param name="service">The feature service of the opened ledger.</param>
internal class StepRunner<TService>(string group, Func<Ledger, TService> service)
{
    private readonly StoreSelection _store = new();
    private readonly PlanSelection _plan = new();

    public Option<string?> Unit { get; } = new("--unit") { Description = "Act as this unit's reporter (name or alias); default: the account of --as, else the office" };

    public Argument<string> Task { get; } = new("TASK") { Description = "The task number in the breakdown, e.g. T15" };

    /// <summary>A subcommand named <paramref name="name"/> taking the task and <paramref name="extra"/> (options or
    /// arguments), running <paramref name="step"/>; on success it says the step was taken on the task.</summary>
    public Command Command(string name, string description, Func<ParseResult, TService, int, string, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Symbol[] extra) =>
        Reporting(name, description, async (result, s, plan, task, actor, ct) =>
            (await step(result, s, plan, task, actor, ct), $"{task}: {Done(name)}"), extra);

    /// <summary>A subcommand on one task whose step says itself what it did (or read).</summary>
    public Command Reporting(string name, string description, Func<ParseResult, TService, int, string, LifecycleActor, CancellationToken, Task<(StoreResult Done, string Said)>> step, params Symbol[] extra) =>
        Wire(new Command(name, description) { Task }, name, extra, (result, ledger, plan, actor, ct) => step(result, service(ledger), plan, result.GetValue(Task)!, actor, ct));

    /// <summary>A step on the plan as a whole.</summary>
    public Command PlanCommand(string name, string description, Func<ParseResult, TService, int, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Symbol[] extra) =>
        Wire(new Command(name, description), name, extra, async (result, ledger, plan, actor, ct) =>
            (await step(result, service(ledger), plan, actor, ct), Done(name)));

    /// <summary>"已办理 (name)": what a step says when it was taken.</summary>
    protected static string Done(string name) => $"{Lang.Pick("已办理", "done")} ({name})";

    /// <summary>Adds --unit, <paramref name="extra"/>, the ledger's and the plan's options to <paramref name="command"/>;
    /// its action opens the ledger, finds the plan and the actor, runs <paramref name="run"/> and prints what it said or
    /// its refusal.</summary>
    protected Command Wire(Command command, string name, Symbol[] extra, Func<ParseResult, Ledger, int, LifecycleActor, CancellationToken, Task<(StoreResult Done, string Said)>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(run);
        command.Options.Add(Unit);
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
            var label = $"luoshi {group} {name}";
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

    private async Task<LifecycleActor> ActorAsync(Ledger ledger, ParseResult result, CancellationToken ct)
    {
        if (result.GetValue(Unit) is { } unit)
        {
            return LifecycleActor.OfUnit(await ledger.FindUnitNameAsync(unit, ct) ?? unit.Trim());
        }

        var account = await ledger.FindAccountAsync(_store.ActorFrom(result), ct);
        return account is null ? LifecycleActor.Office : new LifecycleActor(account.Role, account.Unit);
    }
}
