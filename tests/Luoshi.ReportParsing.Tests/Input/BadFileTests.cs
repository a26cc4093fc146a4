using Luoshi.ReportParsing.Input;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>Problems with the file itself: it is missing, not a file, unreadable or too large.</summary>
public sealed class BadFileTests
{
    [Fact]
    public void Read_MissingFile_ReportsNotFound()
    {
        using var files = new TempReportFiles();
        var path = files.PathOf("missing.txt");

        var error = ReadAssert.Fails(path);

        Assert.Equal(new ReportInputError(path, "file not found"), error);
    }

    [Fact]
    public void Read_Directory_ReportsItIsNotAFile()
    {
        using var files = new TempReportFiles();

        var error = ReadAssert.Fails(files.Directory);

        Assert.Equal(
            new ReportInputError(files.Directory, "a directory, not a file (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)"),
            error);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_ReportsTooLargeWithoutReadingIt()
    {
        using var files = new TempReportFiles();
        var path = files.PathOf("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(ReportReader.MaxBytes + 1024 * 1024); // sparse: no 33 MiB are written
        }

        var error = ReadAssert.Fails(path);

        Assert.Equal(new ReportInputError(path, "文件过大：33 MiB，上限 32 MiB，未读取"), error);
    }

    [Fact]
    public void Read_TextOverEightMebibytes_RefusedAsTooLongBeforeDecoding()
    {
        var text = new byte[(8 * 1024 * 1024) + 1];
        Array.Fill(text, (byte)'a');

        var read = ReportReader.Read("long.txt", text);

        Assert.Equal(new ReportInputError("long.txt", "报告正文过长：8 MiB，上限 8 MiB，未读取"), read.Error);
    }

    // A real unreadable file cannot be made here: CI runs as root, which reads any mode.
    // The mapping from the exception the runtime throws is what this covers.
    [Fact]
    public void FileError_UnauthorizedAccess_ReportsPermissionDenied()
    {
        var read = ReportReader.FileError("/reports/locked.txt", new UnauthorizedAccessException("Access to the path is denied."));

        Assert.Equal(new ReportInputError("/reports/locked.txt", "cannot be read: permission denied"), read.Error);
    }

    [Fact]
    public void FileError_OtherIoError_ReportsTheSystemsReason()
    {
        var read = ReportReader.FileError("/reports/report.txt", new IOException("Input/output error"));

        Assert.Equal(new ReportInputError("/reports/report.txt", "cannot be read: Input/output error"), read.Error);
    }
}
