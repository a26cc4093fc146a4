namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>artifacts/screenshots of the clone the tests were built in (found by its solution file), else beside the
/// tests: where the browser tests leave their screenshots.</summary>
public static class ScreenshotFolder
{
    public static string Path()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Luoshi.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = System.IO.Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
