using System.Text;
using Luoshi.Domain.Wording;
using nietras.SeparatedValues;

namespace Luoshi.Intake.Tables;

/// <summary>A CSV file (comma-separated, quoted fields, the first line the header) read by Sep row by row from the
/// text the encoding policy decoded. A line of the wrong width is a malformed row with its line; an empty line is
/// skipped.</summary>
internal sealed class CsvTable : Table
{
    private readonly TextReader _text;
    private readonly SepReader _reader;
    private readonly int[] _at;
    private readonly int _width;

    private CsvTable(string file, IReadOnlyList<Column> columns, TextReader text, SepReader reader, int[] at)
        : base(file, null, columns, [.. at.Select(i => i < 0 ? "" : "csv")]) =>
        (_text, _reader, _at, _width) = (text, reader, at, reader.Header.ColNames.Count);

    /// <summary>The table, or the problem with the file itself (empty, lacking a required column).</summary>
    public static (Table? Table, Problem? Problem) Open(TextReader text, string file, IReadOnlyList<Column> columns)
    {
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (DecoderFallbackException)
        {
            text.Dispose();
            return (null, new Problem(Catalogue.Files.NotText, Domain.Wording.Place.OfFile(file)));
        }

        if (reader.Header.IsEmpty)
        {
            reader.Dispose();
            text.Dispose();
            return (null, new Problem(Catalogue.Files.Empty(columns.Select(c => c.Name)), Domain.Wording.Place.OfFile(file)));
        }

        var (at, missing) = HeaderMap.Of(reader.Header.ColNames, columns);
        if (missing is { } words)
        {
            reader.Dispose();
            text.Dispose();
            return (null, new Problem(words, new Place(file, Line: 1)));
        }

        return (new CsvTable(file, columns, text, reader, at), null);
    }

    public override bool MoveNext()
    {
        try
        {
            while (_reader.MoveNext())
            {
                var row = _reader.Current;
                Number = row.LineNumberFrom;
                Malformed = null;
                if (row.ColCount != _width)
                {
                    if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
                    {
                        continue;
                    }

                    Malformed = Catalogue.Files.Width(_width, row.ColCount);
                    return true;
                }

                if (!Blank(row))
                {
                    return true;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            Failure = new Problem(Catalogue.Files.NotTextAfter(Number), Domain.Wording.Place.OfFile(File));
        }

        return false;
    }

    public override ReadOnlySpan<char> this[int column] =>
        Malformed is null && _at[column] >= 0 ? _reader.Current[_at[column]].Span.Trim() : [];

    public override bool IsNumber(int column) => false;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool Blank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.Trim().IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
