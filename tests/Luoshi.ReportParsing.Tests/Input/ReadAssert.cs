using Luoshi.ReportParsing.Input;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>Reads a file the way the CLI does and checks that a bad one comes back as an error, not an exception.</summary>
internal static class ReadAssert
{
    /// <summary>Writes <paramref name="bytes"/> to a real file, reads it, and returns the problem reported for it.</summary>
    public static string ProblemOf(string fileName, byte[] bytes)
    {
        using var files = new TempReportFiles();
        var path = files.Write(fileName, bytes);
        var error = Fails(path);
        Assert.Equal(path, error.File);
        return error.Problem;
    }

    /// <summary>Reads <paramref name="path"/>, asserting that nothing is thrown and that the read failed.</summary>
    public static ReportInputError Fails(string path)
    {
        ReadResult? read = null;
        var thrown = Record.Exception(() => read = ReportReader.Read(path));
        Assert.Null(thrown);
        Assert.NotNull(read);
        Assert.False(read.Succeeded);
        return read.Error;
    }
}
