using Luoshi.InputLimits;
using Luoshi.ReportParsing.Input.Docx;

namespace Luoshi.ReportParsing.Input;

/// <summary>Reads a report file into text: .txt in UTF-8, UTF-16 (with a byte order mark), GB18030/GBK or Big5, or .docx.</summary>
public static class ReportReader
{
    /// <summary>The largest file read, .txt and .docx alike (<see cref="FileLimits"/>); work reports are far smaller, and
    /// reading is all in memory.</summary>
    public const long MaxBytes = FileLimits.MaxFileBytes;

    /// <summary>Reads the file at <paramref name="path"/>; problems come back as a located error, never as an exception.</summary>
    public static ReadResult Read(string path)
    {
        if (Directory.Exists(path))
        {
            return ReadResult.Failure(path, InputProblems.Directory);
        }

        if (!File.Exists(path))
        {
            return ReadResult.Failure(path, InputProblems.NotFound);
        }

        byte[]? bytes;
        try
        {
            if (InputCheck.Size(new FileInfo(path).Length) is { } tooLarge)
            {
                return ReadResult.Failure(path, tooLarge.ToString());
            }

            bytes = ReadAtMost(path, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileError(path, e);
        }

        if (bytes is null)
        {
            return ReadResult.Failure(path, InputCheck.LongerThanLimit.ToString());
        }

        var read = Read(Path.GetFileName(path), bytes);
        return read.Succeeded ? read : ReadResult.Failure(path, read.Error.Problem);
    }

    /// <summary>Reads a report from <paramref name="bytes"/>; <paramref name="name"/> names it in the text and in errors.</summary>
    public static ReadResult Read(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (InputCheck.Size(bytes.LongLength) is { } tooLarge)
        {
            return ReadResult.Failure(name, tooLarge.ToString());
        }

        var read = ContentSignature.Of(bytes) switch
        {
            ContentKind.Zip => InputCheck.Package(bytes) switch
            {
                { } damaged when InputCheck.IsDamaged(damaged) => ReadResult.Failure(name, InputProblems.DamagedDocx),
                { } refused => ReadResult.Failure(name, refused.ToString()),
                null => DocxReader.Read(name, bytes),
            },
            ContentKind.OleCompound => ReadResult.Failure(name, InputProblems.LegacyWord),
            ContentKind.Pdf => ReadResult.Failure(name, InputProblems.Pdf),
            _ => InputCheck.Text(bytes.LongLength) is { } tooLong ? ReadResult.Failure(name, tooLong.ToString()) : PlainTextReader.Read(name, bytes),
        };
        if (!read.Succeeded)
        {
            return read;
        }

        // The text of a .docx is held to the same length as a .txt file.
        return string.IsNullOrWhiteSpace(read.Report.Text) ? ReadResult.Failure(name, InputProblems.Empty)
            : InputCheck.Text(System.Text.Encoding.UTF8.GetByteCount(read.Report.Text)) is { } docxTooLong ? ReadResult.Failure(name, docxTooLong.ToString())
            : read;
    }

    // A pipe or device reports length 0 and may never end (luoshi parse <(…) is fine, /dev/zero is not): read up to the limit.
    private static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int count;
        while ((count = stream.Read(buffer)) > 0)
        {
            if (content.Length + count > limit)
            {
                return null;
            }

            content.Write(buffer, 0, count);
        }

        return content.ToArray();
    }

    /// <summary>The problem for an exception the file system raised while reading <paramref name="path"/>.</summary>
    internal static ReadResult FileError(string path, Exception error) => error switch
    {
        UnauthorizedAccessException => ReadResult.Failure(path, InputProblems.PermissionDenied),
        FileNotFoundException or DirectoryNotFoundException => ReadResult.Failure(path, InputProblems.NotFound),
        _ => ReadResult.Failure(path, InputProblems.Unreadable(error.Message)),
    };
}
