using System.Buffers.Binary;

namespace Luoshi.ReportParsing.Input;

/// <summary>Checks UTF-16 bytes strictly; the decoder's own exception reports some errors a code unit late.</summary>
internal static class Utf16Text
{
    /// <summary>The byte offset of the first code unit that is not valid UTF-16, or -1 when all of them are.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes, int start, bool bigEndian)
    {
        var i = start;
        for (; i + 1 < bytes.Length; i += 2)
        {
            var unit = Unit(bytes, i, bigEndian);
            if (char.IsLowSurrogate(unit))
            {
                return i;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (i + 3 >= bytes.Length || !char.IsLowSurrogate(Unit(bytes, i + 2, bigEndian)))
                {
                    return i;
                }

                i += 2;
            }
        }

        // A last odd byte is half a code unit.
        return i < bytes.Length ? i : -1;
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int at, bool bigEndian) => (char)(bigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(bytes[at..])
        : BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]));
}
