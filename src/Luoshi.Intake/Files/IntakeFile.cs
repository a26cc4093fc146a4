using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Files;

/// <summary>A file a person hands in, by the name its problems are placed in: on disk (streamed, so a 260 MB register
/// never sits in memory) or already in memory (an upload).</summary>
public sealed class IntakeFile
{
    private readonly string? _path;
    private readonly byte[]? _content;
    private readonly bool _hashed;

    private IntakeFile(string name, string? path, byte[]? content, bool hashed = false) => (Name, _path, _content, _hashed) = (name, path, content, hashed);

    /// <summary>The file's name as the person gave it, without the directory.</summary>
    public string Name { get; }

    /// <summary>The file at <paramref name="path"/>, named by its file name.</summary>
    public static IntakeFile FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(Path.GetFileName(path), path, null);
    }

    /// <summary>The file at <paramref name="path"/>, whose SHA-256 is taken while it is read (<see cref="Sha256"/>): a
    /// file of a million rows is read from disk once, not once for its hash and again for its rows.</summary>
    public static IntakeFile HashedFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(Path.GetFileName(path), path, null, hashed: true);
    }

    /// <summary>The SHA-256 of the whole file (hex), once a stream opened from it was closed; null before.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Bytes already read (an upload), named <paramref name="name"/>.</summary>
    public static IntakeFile FromBytes(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(Path.GetFileName(name ?? ""), null, content);
    }

    /// <summary>Opens the content for reading, or the problem why it cannot be read (missing, not allowed).</summary>
    public (Stream? Stream, Problem? Problem) Open()
    {
        if (_content is not null)
        {
            return (new MemoryStream(_content, writable: false), null);
        }

        try
        {
            var stream = new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return (_hashed ? new HashingStream(stream, sha => Sha256 = sha) : stream, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(Name)));
        }
    }

    /// <summary>True when the content is a zip archive ("PK"), as every .xlsx is; a CSV file never starts so.</summary>
    public static bool IsZip(ReadOnlySpan<byte> start) => start.StartsWith("PK\u0003\u0004"u8);
}
