using System.Text;

namespace Luoshi.Bench;

/// <summary>A large report made by repeating a real one, written to a temporary file so reading is measured too.</summary>
internal static class RepeatedReport
{
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "sihui-work-report-excerpt.txt");

    /// <summary>Writes the sample repeated until the file holds at least <paramref name="bytes"/> bytes of UTF-8.</summary>
    public static string Write(long bytes)
    {
        var sample = File.ReadAllText(SamplePath, Encoding.UTF8).TrimEnd() + "\n";
        var path = Path.Combine(Path.GetTempPath(), $"luoshi-bench-{bytes}.txt");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        long written = 0;
        var sampleBytes = Encoding.UTF8.GetByteCount(sample);
        while (written < bytes)
        {
            writer.Write(sample);
            written += sampleBytes;
        }

        return path;
    }
}
