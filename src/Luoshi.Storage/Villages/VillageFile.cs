using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Villages;

/// <summary>A register file as the office hands it in: CSV (UTF-8) or an Excel workbook (.xlsx, its first sheet),
/// told apart by content, with the name its errors are placed in.</summary>
/// <param name="Name">The file's name, as errors show it.</param>
/// <param name="Content">The file's bytes (register files are megabytes, read whole).</param>
public sealed record VillageFile(string Name, byte[] Content)
{
    /// <summary>Reads the file at <paramref name="path"/>; null with the reason when it cannot be read.</summary>
    public static (VillageFile? File, Problem? Error) FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            return InputLimits.InputCheck.Size(new FileInfo(path).Length) is { } tooLarge
                ? (null, tooLarge.InFile(name))
                : (new VillageFile(name, File.ReadAllBytes(path)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(name)));
        }
    }
}
