using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Monitoring;

/// <summary>The outcome of ingesting one file or push of monitoring data: what it held and what it changed, or every
/// error found (and then nothing stored).</summary>
/// <param name="Name">The file's name, or what a push is called in messages.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Inserted">Rows new to the ledger.</param>
/// <param name="Corrected">Rows that replaced a stored row with other values (each listed in the audit entry).</param>
/// <param name="Unchanged">Rows the ledger already held with the same values.</param>
/// <param name="Missing">Blank or NA values per column (air), or samples lacking each item (water).</param>
/// <param name="First">The earliest hour or day in the data.</param>
/// <param name="Last">The latest hour or day in the data.</param>
/// <param name="AlreadyIngested">The same file (same SHA-256) was ingested before: nothing was read or stored.</param>
/// <param name="Errors">Every problem with its place; empty when the data was stored.</param>
public sealed record IngestResult(
    string Name,
    long Rows,
    long Inserted,
    long Corrected,
    long Unchanged,
    IReadOnlyDictionary<string, long> Missing,
    DateTime? First,
    DateTime? Last,
    bool AlreadyIngested,
    IReadOnlyList<Problem> Errors)
{
    /// <summary>True when the data was stored (or had been before).</summary>
    public bool Succeeded => Errors.Count == 0;

    internal static IngestResult Failed(string name, long rows, IReadOnlyList<Problem> errors) =>
        new(name, rows, 0, 0, 0, new Dictionary<string, long>(), null, null, false, errors);

    internal static IngestResult Again(string name) =>
        new(name, 0, 0, 0, 0, new Dictionary<string, long>(), null, null, true, []);
}
