namespace Luoshi.InputLimits;

/// <summary>Counts the bytes actually inflated from a package, whatever sizes its directory declares, and stops the
/// reading the moment they pass <see cref="FileLimits.MaxExpandedBytes"/>.</summary>
internal sealed class ExpansionBudget
{
    public long Inflated { get; private set; }

    public Stream Watch(Stream entry) => new Counted(entry, this);

    private void Add(int count)
    {
        Inflated += count;
        if (Inflated > FileLimits.MaxExpandedBytes)
        {
            throw new ExpansionExceededException();
        }
    }

    /// <summary>Thrown inside the inspection only, to leave a reader of a zip bomb at once.</summary>
    internal sealed class ExpansionExceededException : Exception
    {
        public ExpansionExceededException()
            : base("the package unpacks to more than the limit")
        {
        }
    }

    private sealed class Counted(Stream inner, ExpansionBudget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Add(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
