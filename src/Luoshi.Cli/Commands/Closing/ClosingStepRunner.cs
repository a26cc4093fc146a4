using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Storage;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Closing;

/// <summary>The steps of <c>luoshi closing …</c> (and of <c>luoshi closing evidence …</c> with that
/// <paramref name="group"/>): the shared <see cref="StepRunner{TService}"/> over the ledger's closing.</summary>
internal sealed class ClosingStepRunner(string group = "closing") : StepRunner<ClosingLedger>(group, ledger => ledger.Closing)
{
    /// <summary>A step that needs the whole ledger (the self-assessment's, which lives beside the closing).</summary>
    public Command LedgerCommand(string name, string description, Func<ParseResult, Luoshi.Storage.Ledger, int, LifecycleActor, CancellationToken, Task<StoreResult>> step, params Symbol[] extra) =>
        Wire(new Command(name, description), name, extra, async (result, ledger, plan, actor, ct) =>
            (await step(result, ledger, plan, actor, ct), Done(name)));
}
