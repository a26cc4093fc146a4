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

    public static void Write(string command, StoreError e, TextWriter error) =>
        error.WriteLine(e.Place is null ? $"{command}: {e.Message}" : $"{command}: {e.Place}: {e.Message}");
}
