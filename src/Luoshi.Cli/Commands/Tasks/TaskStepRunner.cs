using Luoshi.Cli.LedgerAccess;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary>The steps of <c>luoshi task …</c>: the shared <see cref="StepRunner{TService}"/> over the ledger's lifecycle.</summary>
internal sealed class TaskStepRunner() : StepRunner<LifecycleLedger>("task", ledger => ledger.Lifecycle);
