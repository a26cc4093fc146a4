using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Cli.Output;

/// <summary>The one way the command line prints a refusal: one line per problem on standard error, the command, then
/// the place (file, line, column or option), then what is wrong, in the reader's language (LUOSHI_LANG); the exit
/// code follows the kind (<see cref="ExitCodes.Of"/>).</summary>
internal static class ProblemOutput
{
    /// <summary>Prints <paramref name="problem"/>; returns the exit code of its kind.</summary>
    public static int Write(string command, Problem problem, TextWriter error)
    {
        error.WriteLine(Line(command, problem.ToWords()));
        return ExitCodes.Of(problem.Kind);
    }

    /// <summary>Prints every problem; returns the exit code of the first one's kind.</summary>
    public static int Write(string command, IReadOnlyList<Problem> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            Write(command, problem, error);
        }

        return problems.Count == 0 ? ExitCodes.BadInput : ExitCodes.Of(problems[0].Kind);
    }

    /// <summary>Prints a refusal that has no more to it than its words (a bad option); exit code 2.</summary>
    public static int Write(string command, Words message, TextWriter error) => Write(command, new Problem(message), error);

    /// <summary>A refused file: every located problem, then that nothing from the file was stored.</summary>
    public static int WriteRefusedFile(string command, string path, CsvImportResult result, TextWriter error) =>
        WriteRefusedFile(command, path, result.Errors, error);

    /// <summary>A refused file: every located problem, then that nothing from the file was stored.</summary>
    public static int WriteRefusedFile(string command, string path, IReadOnlyList<Problem> problems, TextWriter error)
    {
        var code = Write(command, problems, error);
        error.WriteLine(Line(command, Catalogue.Files.NothingStored(path)));
        return code;
    }

    private static string Line(string command, Words words) => Words.Same(command).Then(words, "：", ": ");
}
