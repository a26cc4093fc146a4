using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Households.Import;

/// <summary>A household CSV file, streamed: one reused array of cells per row, so two million rows never sit in memory.</summary>
internal sealed class HouseholdCsv : HouseholdTable
{
    private readonly SepReader? _reader;
    private readonly int[] _at;

    public HouseholdCsv(string path)
    {
        File = Path.GetFileName(path);
        (_reader, Problem) = CsvFile.Open(path, HouseholdColumns.Required);
        _at = new int[HouseholdColumns.Names.Length];
        for (var i = 0; i < _at.Length; i++)
        {
            _at[i] = _reader is not null && _reader.Header.TryIndexOf(HouseholdColumns.Names[i], out var index) ? index : -1;
        }
    }

    public override string File { get; }

    public override Problem? Problem { get; }

    public override IEnumerable<HouseholdTableRow> Rows(CancellationToken ct)
    {
        if (_reader is null)
        {
            yield break;
        }

        var width = _reader.Header.ColNames.Count;
        var cells = new string[_at.Length];
        foreach (var row in _reader)
        {
            if (row.ColCount != width)
            {
                yield return new HouseholdTableRow(row.LineNumberFrom, null, Catalogue.Households.CellCount(width, row.ColCount));
                continue;
            }

            for (var i = 0; i < _at.Length; i++)
            {
                cells[i] = _at[i] < 0 ? "" : Cell(row[_at[i]].Span);
            }

            yield return new HouseholdTableRow(row.LineNumberFrom, cells, null);
        }
    }

    /// <summary>Trimmed text; an empty cell is the one shared empty string (most optional cells are empty).</summary>
    private static string Cell(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.IsEmpty ? "" : trimmed.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader?.Dispose();
        }

        base.Dispose(disposing);
    }
}
