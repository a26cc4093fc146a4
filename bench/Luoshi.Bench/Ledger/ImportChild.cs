using System.Diagnostics;

namespace Luoshi.Bench.Ledger;

/// <summary>Runs one measured import in a new process of this program and reads back its <see cref="ImportRun"/> line.</summary>
internal static class ImportChild
{
    public static ImportRun Run(string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ImportChild).Assembly.Location);
        }

        start.ArgumentList.Add("ledger-import");
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var lines = child.StandardOutput.ReadToEnd().Split('\n');
        child.WaitForExit();
        return lines.Select(ImportRun.Parse).LastOrDefault(r => r is not null)
            ?? throw new InvalidOperationException($"the import run failed (exit code {child.ExitCode})");
    }
}
