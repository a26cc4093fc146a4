namespace Luoshi.Monitoring.Water;

/// <summary>A whole file read, or every error found in it: never part of a file, so that callers store nothing from a
/// file with a mistake in it.</summary>
/// <param name="Rows">What the file holds, in file order; empty when there are errors.</param>
/// <param name="Errors">Every error, in file order.</param>
public sealed record WaterFileResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<WaterFileError> Errors)
{
    /// <summary>Whether the file was read without an error.</summary>
    public bool Succeeded => Errors.Count == 0;

    internal static WaterFileResult<T> From(List<T> rows, List<WaterFileError> errors) =>
        errors.Count == 0 ? new(rows, []) : new([], errors);
}
