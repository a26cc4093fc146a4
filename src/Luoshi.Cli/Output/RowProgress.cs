using Spectre.Console;

namespace Luoshi.Cli.Output;

/// <summary>A progress bar over the rows of a CSV file while an import reads it; silent when output is not a terminal.</summary>
internal static class RowProgress
{
    public static async Task<T> RunAsync<T>(string path, string label, Func<IProgress<long>?, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || !File.Exists(path))
        {
            return await work(null);
        }

        var rows = Math.Max(1, CountLines(path) - 1);
        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: rows);
                var result = await work(new Reporter(task));
                task.Value = task.MaxValue;
                return result;
            });
    }

    // One quick pass over the bytes: a million rows take a fraction of a second, and the bar can then show a percentage.
    private static long CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
