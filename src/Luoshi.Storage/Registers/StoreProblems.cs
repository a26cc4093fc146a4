using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Registers;

/// <summary>Problems as the ledger's results still carry them (<see cref="StoreError"/>, English with its place), until
/// every result carries <see cref="Problem"/> itself.</summary>
internal static class StoreProblems
{
    public static IReadOnlyList<StoreError> ToErrors(IEnumerable<Problem> problems) =>
        [.. problems.Select(p => new StoreError(p.Message.En, p.Place?.ToWords().En is { Length: > 0 } place ? place : null))];

    public static StoreError ToError(Problem problem) => ToErrors([problem])[0];
}
