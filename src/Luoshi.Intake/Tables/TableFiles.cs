using Luoshi.Domain.Wording;
using Luoshi.InputLimits;
using Luoshi.Intake.Files;

namespace Luoshi.Intake.Tables;

/// <summary>Opens any tabular file a person hands in — CSV text or an .xlsx workbook, told apart by content, not by its
/// name — as a <see cref="Table"/> of the columns asked for.</summary>
public static class TableFiles
{
    /// <summary>The table, or the one problem that stops the file being read at all (missing, not text, not a
    /// workbook, empty, a required column missing).</summary>
    /// <param name="sheet">The worksheet of a workbook to read; the first when null.</param>
    public static (Table? Table, Problem? Problem) Open(IntakeFile file, IReadOnlyList<Column> columns, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (stream, problem) = file.Open();
        if (stream is null)
        {
            return (null, problem);
        }

        Span<byte> start = stackalloc byte[4];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (IntakeFile.IsZip(start[..read]))
        {
            // The input limits (entries, unpacked size, XML elements, DTDs) before the package is opened; a damaged
            // package is left to the reader, which says it is no workbook.
            if (InputCheck.Package(stream) is { } refused && !InputCheck.IsDamaged(refused))
            {
                stream.Dispose();
                return (null, refused.InFile(file.Name));
            }

            return XlsxTable.Open(stream, file.Name, columns, sheet);
        }

        var (text, notText) = TextEncoding.Open(stream, file.Name);
        return text is null ? (null, notText) : CsvTable.Open(text, file.Name, columns);
    }
}
