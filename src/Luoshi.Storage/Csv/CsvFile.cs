using Luoshi.Domain.Wording;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Csv;

/// <summary>Opens the CSV files the ledger imports (comma-separated, quoted fields, UTF-8 with or without BOM) and
/// turns what is wrong with the file itself into a located error.</summary>
internal static class CsvFile
{
    /// <summary>The reader, or an error when the file is missing, unreadable, empty or lacks a required column.
    /// The column count is checked per row by the importers, so a short row is an error with its line, not an exception.</summary>
    public static (SepReader? Reader, Problem? Error) Open(string path, IReadOnlyList<string> required)
    {
        var name = Path.GetFileName(path);
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(name)));
        }

        if (reader.Header.IsEmpty)
        {
            reader.Dispose();
            return (null, new Problem(Catalogue.Files.EmptyNeedsHeader(required), Place.OfFile(name)));
        }

        var missing = required.Where(c => !reader.Header.TryIndexOf(c, out _)).ToList();
        if (missing.Count > 0)
        {
            reader.Dispose();
            return (null, new Problem(Catalogue.Files.HeaderLacks(missing, required), At(name, 1)));
        }

        return (reader, null);
    }

    public static Place At(string file, int line) => new(File: file, Line: line);

    /// <summary>A cell's place; "-" names no column (the whole line).</summary>
    public static Place At(string file, int line, string column) => new(File: file, Line: line, Column: column == "-" ? null : column);
}
