namespace Luoshi.Storage;

/// <summary>A mistake a user can make (bad file, unknown unit, stale version), with where it was found.</summary>
/// <param name="Place">Where: "units.csv, line 3, column kind", or null when the message says it all.</param>
public sealed record StoreError(string Message, string? Place = null)
{
    /// <summary>The refusal in the domain's one error shape (both languages, its kind), where the write made one.</summary>
    public Domain.Wording.Problem? Problem { get; init; }

    /// <summary>The error of <paramref name="problem"/>: its words in the reader's language, its place.</summary>
    public static StoreError Of(Domain.Wording.Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Message.ToString(), problem.Place?.ToString()) { Problem = problem };
    }

    /// <summary>"place: message", the way the command line prints it.</summary>
    public override string ToString() => Place is null ? Message : $"{Place}: {Message}";
}
