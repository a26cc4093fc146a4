using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Luoshi.Domain.Wording;

namespace Luoshi.InputLimits;

/// <summary>The checks every reader of a user's file runs before parsing it: its size, and for an .xlsx or .docx
/// package its entry count, its unpacked size (counted while inflating, not taken from the directory, which can lie)
/// and its XML (well formed, no DTD, a bounded number of elements). The package is streamed through once with a small
/// buffer, so a refused file costs a few megabytes of memory however large it claims to unpack. A refusal is a
/// <see cref="Problem"/> (<see cref="ProblemKind.TooLarge"/> past a limit, <see cref="ProblemKind.Invalid"/> for a
/// damaged file or a DTD), placed at the entry, line and column inside the package where it has one.</summary>
public static class InputCheck
{
    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Null when a file of <paramref name="bytes"/> may be read whole, else why not.</summary>
    public static Problem? Size(long bytes) =>
        bytes > FileLimits.MaxFileBytes ? TooLarge(Catalogue.Input.TooLarge(bytes, FileLimits.MaxFileBytes)) : null;

    /// <summary>A stream that gave more than <see cref="FileLimits.MaxFileBytes"/> before it ended (a pipe, a device).</summary>
    public static Problem LongerThanLimit { get; } = TooLarge(Catalogue.Input.LongerThan(FileLimits.MaxFileBytes));

    /// <summary>Null when a report text of <paramref name="utf8Bytes"/> (a .txt file, or the text read from a .docx) may
    /// be parsed, else why not.</summary>
    public static Problem? Text(long utf8Bytes) =>
        utf8Bytes > FileLimits.MaxTextBytes ? TooLarge(Catalogue.Input.TooLongText(utf8Bytes, FileLimits.MaxTextBytes)) : null;

    /// <summary>True when <paramref name="problem"/> says the file is no package at all (damaged or foreign), which a
    /// reader may word in its own terms (not a readable .docx).</summary>
    public static bool IsDamaged(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Message == Catalogue.Input.Damaged;
    }

    /// <summary>Null when the package in <paramref name="bytes"/> may be opened, else why not.</summary>
    public static Problem? Package(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return Package(stream);
    }

    /// <summary>Null when the package from the position of <paramref name="package"/> (a seekable stream) may be
    /// opened, else why not; the position is left where it was, for the reader.</summary>
    public static Problem? Package(Stream package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var start = package.Position;
        try
        {
            return Size(package.Length - start) ?? Directory(package) ?? Contents(package);
        }
        finally
        {
            package.Position = start;
        }
    }

    private static Problem? Directory(Stream package) => ZipDirectory.EntryCount(package) switch
    {
        null => Damaged,
        > FileLimits.MaxEntries and var count => TooLarge(Catalogue.Input.TooManyEntries(count, FileLimits.MaxEntries)),
        _ => null,
    };

    private static Problem Damaged { get; } = new(Catalogue.Input.Damaged);

    private static Problem TooLarge(Words message, Place? place = null) => new(message, place, ProblemKind.TooLarge);

    private static Place At(ZipArchiveEntry entry, int line = 0, int column = 0) =>
        line <= 0 ? new(Entry: entry.FullName) : new(Line: line, Column: column.ToString(CultureInfo.InvariantCulture), Entry: entry.FullName);

    private static Problem? Contents(Stream package)
    {
        var budget = new ExpansionBudget();
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (Declared(zip) is > FileLimits.MaxExpandedBytes and var declared)
            {
                return TooLarge(Catalogue.Input.Expands(declared, FileLimits.MaxExpandedBytes));
            }

            var elements = 0L;
            foreach (var entry in zip.Entries)
            {
                if (Entry(entry, budget, ref elements) is { } refusal)
                {
                    return refusal;
                }
            }

            return null;
        }
        catch (ExpansionBudget.ExpansionExceededException)
        {
            return TooLarge(Catalogue.Input.Expands(budget.Inflated, FileLimits.MaxExpandedBytes));
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or EndOfStreamException)
        {
            return Damaged;
        }
    }

    // Saturates rather than overflows: a directory may declare sizes near 2^64.
    private static long Declared(ZipArchive zip)
    {
        var total = 0L;
        foreach (var entry in zip.Entries)
        {
            total = entry.Length > long.MaxValue - total ? long.MaxValue : total + entry.Length;
        }

        return total;
    }

    // Every entry is inflated through the budget; one that looks like XML (by name or by its first byte, since a reader
    // goes by content type, not name) is read as XML too.
    private static Problem? Entry(ZipArchiveEntry entry, ExpansionBudget budget, ref long elements)
    {
        using var content = budget.Watch(entry.Open());
        if (!LooksLikeXml(entry))
        {
            content.CopyTo(Stream.Null);
            return null;
        }

        using var reader = XmlReader.Create(content, Xml);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && ++elements > FileLimits.MaxXmlElements)
                {
                    return TooLarge(Catalogue.Input.TooManyElements(FileLimits.MaxXmlElements), At(entry));
                }
            }

            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            var (line, column) = DoctypePlace(entry);
            return new Problem(Catalogue.Input.Dtd, At(entry, line, column));
        }
        catch (XmlException e)
        {
            return new Problem(Catalogue.Input.BadXml, At(entry, e.LineNumber, e.LinePosition));
        }
    }

    // The reader refuses a DTD without saying where; it can only stand in the prolog, at the start of the part.
    private static (int Line, int Column) DoctypePlace(ZipArchiveEntry entry)
    {
        using var text = new StreamReader(entry.Open(), detectEncodingFromByteOrderMarks: true);
        var buffer = new char[64 * 1024];
        var head = buffer.AsSpan(0, text.ReadBlock(buffer)).ToString();
        var at = head.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return (1, 1);
        }

        var lineStart = head.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        return (head.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
    }

    private static bool LooksLikeXml(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var head = entry.Open();
        Span<byte> first = stackalloc byte[4];
        var read = head.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
        return first[..read] is [(byte)'<', ..] or [0xEF, 0xBB, 0xBF, (byte)'<'] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
    }
}
