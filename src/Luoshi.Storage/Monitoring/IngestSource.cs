using Luoshi.Domain.Wording;
using Luoshi.Monitoring;

namespace Luoshi.Storage.Monitoring;

/// <summary>Where data to ingest comes from: a CSV file on disk (a file the user named, or the rows of a push written
/// out for the same reader), what to call it, how to write a place in it, and its SHA-256 that tells a repeat.</summary>
/// <param name="Path">The CSV file the readers stream.</param>
/// <param name="Name">The file's name, or "push" for rows sent to the API.</param>
/// <param name="Place">Turns a reader's place (line, column) into the place the user sees.</param>
/// <param name="Sha256">The content's hash (hex); the audit entry's key.</param>
internal sealed record IngestSource(string Path, string Name, Func<FilePlace, Place> Place, string Sha256)
{
    /// <summary>A file named by the user: places read "F.csv, line 12, column pm25".</summary>
    public static IngestSource File(string path, string sha256) =>
        new(path, System.IO.Path.GetFileName(path), p => (p with { File = System.IO.Path.GetFileName(p.File) }).ToPlace(), sha256);
}
