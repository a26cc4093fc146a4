using Luoshi.Storage;

namespace Luoshi.Cli.Output;

/// <summary>Prints store errors one per line, each with its place (file, line, column) first.</summary>
internal static class StoreErrors
{
    public static void Write(string command, IEnumerable<StoreError> errors, TextWriter error)
    {
        foreach (var e in errors)
        {
            Write(command, e, error);
        }
    }

    /// <summary>A refused CSV file: every located error, then that nothing from the file was stored.</summary>
    public static void WriteRefusedFile(string command, string path, CsvImportResult result, TextWriter error)
    {
        Write(command, result.Errors, error);
        error.WriteLine($"{command}: nothing was stored from {path}");
    }

    public static void Write(string command, StoreError e, TextWriter error) =>
        error.WriteLine(e.Place is null ? $"{command}: {e.Message}" : $"{command}: {e.Place}: {e.Message}");
}
