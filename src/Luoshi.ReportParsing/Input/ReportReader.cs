using System.Text;

namespace Luoshi.ReportParsing.Input;

/// <summary>Reads a report file into text.</summary>
public static class ReportReader
{
    /// <summary>Reads the file at <paramref name="path"/>; problems come back as a located error, never as an exception.</summary>
    public static ReadResult Read(string path)
    {
        if (!File.Exists(path))
        {
            return ReadResult.Failure(path, "file not found");
        }

        var bytes = File.ReadAllBytes(path);
        return ReadResult.Success(new ReportText(Path.GetFileName(path), Encoding.UTF8.GetString(bytes), "utf-8"));
    }
}
