using System.Diagnostics;

namespace Luoshi.Cli.Tests;

/// <summary>Runs the real luoshi program in a child process, as a user or a script would.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output, string Error) Luoshi(params string[] args) => Run(null, args);

    /// <summary>The program as a reader of English runs it (LUOSHI_LANG=en).</summary>
    public static (int ExitCode, string Output, string Error) English(params string[] args) => Run("en", args);

    private static (int ExitCode, string Output, string Error) Run(string? language, string[] args)
    {
        using var process = Process.Start(StartInfo(args, language))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>How to start the program with <paramref name="args"/>, its output and errors read back as UTF-8, in
    /// <paramref name="language"/> (LUOSHI_LANG) or the default.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? language = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment.Remove("LUOSHI_LANG");
        // luoshi ships optimising hot methods at once (Directory.Build.props): one command on an idle machine finishes
        // sooner, for more CPU on the second core. The suite runs hundreds of short commands side by side on two cores,
        // where that CPU is the bottleneck (the suite took 13 instead of 8 minutes), so they run with the runtime's own
        // 100 ms delay. Behaviour is the same either way.
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "100";
        if (language is not null)
        {
            start.Environment["LUOSHI_LANG"] = language;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "luoshi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public static string Sample => Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples", "sihui-work-report-excerpt.txt");

    public static string Units => Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples", "sihui-units.csv");
}
