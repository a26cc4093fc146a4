using Luoshi.Domain.Wording;

namespace Luoshi.Storage;

/// <summary>The outcome of a write that returns a value: the value, or the user's mistake that stopped it.</summary>
public sealed record StoreResult<T>(T? Value, Problem? Error)
{
    /// <summary>True when the write was done and <see cref="Value"/> holds its result.</summary>
    public bool Succeeded => Error is null;
}
