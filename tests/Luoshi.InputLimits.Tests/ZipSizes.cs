using System.Buffers.Binary;
using System.Text;

namespace Luoshi.InputLimits.Tests;

/// <summary>Rewrites the uncompressed size a zip file declares for one entry, in its local header and its central
/// directory, as a zip bomb made by hand would: the directory says a kilobyte, the data inflates to far more.</summary>
internal static class ZipSizes
{
    public static void Understate(string path, string entry, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            // Local header: size at 22, name length at 26, name at 30. Central header: size at 24, name length at 28, name at 46.
            var (sizeAt, nameAt) = signature switch { 0x04034b50 => (22, 30), 0x02014b50 => (24, 46), _ => (-1, -1) };
            if (sizeAt >= 0 && bytes.AsSpan(i + nameAt).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        File.WriteAllBytes(path, bytes);
    }
}
