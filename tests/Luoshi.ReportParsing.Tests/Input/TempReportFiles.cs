namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>A temporary directory of real report files, deleted when the test ends.</summary>
internal sealed class TempReportFiles : IDisposable
{
    public TempReportFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "luoshi-input-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>Writes <paramref name="bytes"/> to a file called <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
            {
                // A test may have taken the read permission away; give it back so the file can be deleted.
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
