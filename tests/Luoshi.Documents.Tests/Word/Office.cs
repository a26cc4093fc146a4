using System.Diagnostics;

namespace Luoshi.Documents.Tests.Word;

/// <summary>LibreOffice and poppler as ./test provides them (tools/test-office.sh): soffice's path comes from
/// LUOSHI_TEST_SOFFICE; Chinese faces resolve through tools/office/fonts.conf as on a Linux desktop set up by it.</summary>
public static class Office
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where rendered pages are kept for a person to look at (artifacts/ is git-ignored).</summary>
    public static string Artifacts { get; } = Path.Combine(Root, "artifacts", "notice");

    public static string Soffice()
    {
        var path = Environment.GetEnvironmentVariable("LUOSHI_TEST_SOFFICE");
        Assert.True(!string.IsNullOrEmpty(path) && File.Exists(path),
            "LUOSHI_TEST_SOFFICE does not name LibreOffice's soffice: run the tests through ./test, which installs Debian's "
            + "libreoffice-writer and poppler-utils (tools/test-office.sh), or set it by hand");
        return path!;
    }

    /// <summary>Converts <paramref name="docx"/> to PDF beside it, with a private profile so that no other soffice
    /// instance (or a first-start dialog) gets in the way.</summary>
    public static async Task<string> ToPdfAsync(string docx, CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(docx)!;
        var profile = new Uri(Path.Combine(directory, "lo-profile")).AbsoluteUri;
        await RunAsync(Soffice(), ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory, docx], ct);
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), $"soffice wrote no {pdf}");
        return pdf;
    }

    public static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FONTCONFIG_FILE"] = Path.Combine(Root, "tools", "office", "fonts.conf");
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Luoshi.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no Luoshi.slnx above " + AppContext.BaseDirectory);
    }
}
