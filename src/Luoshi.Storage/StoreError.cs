namespace Luoshi.Storage;

/// <summary>A mistake a user can make (bad file, unknown unit, stale version), with where it was found.</summary>
/// <param name="Place">Where: "units.csv, line 3, column kind", or null when the message says it all.</param>
public sealed record StoreError(string Message, string? Place = null)
{
    /// <summary>"place: message", the way the command line prints it.</summary>
    public override string ToString() => Place is null ? Message : $"{Place}: {Message}";
}
