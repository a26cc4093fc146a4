using Luoshi.Monitoring.Air;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>A temporary table in the ingest's transaction that a file's good rows stream into (prepared inserts on
/// SQLite, binary COPY on PostgreSQL), to be merged into the stored rows in a few set-based statements once the
/// whole file has proved good. Rows carry the reader's station number; the merge maps numbers to stations.</summary>
internal interface IAirStage : IAsyncDisposable
{
    void Hour(in AirHour row);

    void Day(in AirDay row);

    /// <summary>Ends the streaming (closes a COPY), so the connection can run the merge.</summary>
    Task CompleteAsync(CancellationToken ct);
}
