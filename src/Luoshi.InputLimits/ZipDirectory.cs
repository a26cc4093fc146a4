using System.Buffers.Binary;

namespace Luoshi.InputLimits;

/// <summary>The number of entries a zip file declares in its end-of-central-directory record, read from the last bytes
/// of the file before anything else: a package of a million tiny entries is refused before a reader lists them all.</summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;

    /// <summary>The entries declared, or null when the stream has no end record (it is no zip file). The position is
    /// left where it was.</summary>
    public static long? EntryCount(Stream zip)
    {
        var start = zip.Position;
        try
        {
            var tailLength = (int)Math.Min(zip.Length - start, EndRecordLength + MaxCommentLength);
            if (tailLength < EndRecordLength)
            {
                return null;
            }

            var tail = new byte[tailLength];
            zip.Position = zip.Length - tailLength;
            zip.ReadExactly(tail);
            var at = LastEndRecord(tail);
            if (at < 0)
            {
                return null;
            }

            var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            return entries == ushort.MaxValue ? Zip64EntryCount(zip, start, zip.Length - tailLength + at) : entries;
        }
        finally
        {
            zip.Position = start;
        }
    }

    private static int LastEndRecord(byte[] tail)
    {
        for (var i = tail.Length - EndRecordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndSignature)
            {
                return i;
            }
        }

        return -1;
    }

    // The ZIP64 locator sits just before the end record and points at the ZIP64 end record, whose count is 8 bytes.
    private static long? Zip64EntryCount(Stream zip, long start, long endRecord)
    {
        if (endRecord - 20 < start)
        {
            return null;
        }

        Span<byte> locator = stackalloc byte[20];
        zip.Position = endRecord - 20;
        zip.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return ushort.MaxValue;
        }

        var offset = start + (long)BinaryPrimitives.ReadUInt64LittleEndian(locator[8..]);
        if (offset < start || offset + 56 > zip.Length)
        {
            return null;
        }

        Span<byte> record = stackalloc byte[56];
        zip.Position = offset;
        zip.ReadExactly(record);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndSignature
            ? (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record[32..]), long.MaxValue)
            : null;
    }
}
