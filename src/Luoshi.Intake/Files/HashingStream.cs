using System.Security.Cryptography;

namespace Luoshi.Intake.Files;

/// <summary>A file read once for two purposes: its rows and its SHA-256 (which names an import in the audit trail and
/// tells a file imported again). Every byte is hashed the first time it is read; a rewind (the encoding policy reads a
/// sample, then starts again) reads bytes already hashed, which are not hashed twice. Closing the stream reads what the
/// reader left unread, so the hash is always the whole file's.</summary>
internal sealed class HashingStream(Stream inner, Action<string> hashed) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _hashedUpTo;
    private bool _done;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var at = inner.Position;
        var read = inner.Read(buffer);
        Hash(at, buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var at = inner.Position;
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Hash(at, buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_done)
        {
            _done = true;
            Finish();
            inner.Dispose();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Hash(long at, ReadOnlySpan<byte> bytes)
    {
        var end = at + bytes.Length;
        if (end > _hashedUpTo && at <= _hashedUpTo)
        {
            _hash.AppendData(bytes[(int)(_hashedUpTo - at)..]);
            _hashedUpTo = end;
        }
    }

    private void Finish()
    {
        inner.Position = _hashedUpTo;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = inner.Read(buffer)) > 0)
        {
            _hash.AppendData(buffer.AsSpan(0, read));
        }

        hashed(Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }
}
