using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Water;

/// <summary>The header of a water-sample file: where section and date are, and which item each other column holds.</summary>
internal sealed record WaterSampleColumns(int Section, int Date, IReadOnlyList<(int Index, WaterItem Item, string Name)> Items)
{
    public const string SectionColumn = "section";
    public const string DateColumn = "date";

    /// <summary>The columns, adding an error for every header that is not <c>section</c>, <c>date</c> or an item code
    /// (and for a repeated one); null when section or date is missing, since then no row can be read.</summary>
    public static WaterSampleColumns? Of(SepReaderHeader header, string file, List<WaterFileError> errors)
    {
        var items = new List<(int, WaterItem, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int? section = null;
        int? date = null;
        for (var i = 0; i < header.ColNames.Count; i++)
        {
            var name = header.ColNames[i];
            void Error(Words message) => errors.Add(new WaterFileError(file, new FilePlace(file, 1, name), message));

            if (!seen.Add(name))
            {
                Error(Catalogue.Monitoring.ColumnTwice(name));
            }
            else if (name.Equals(SectionColumn, StringComparison.OrdinalIgnoreCase))
            {
                section = i;
            }
            else if (name.Equals(DateColumn, StringComparison.OrdinalIgnoreCase))
            {
                date = i;
            }
            else if (WaterItemCodes.TryParse(name, out var item))
            {
                items.Add((i, item, name));
            }
            else
            {
                Error(Catalogue.Monitoring.UnknownColumn(name, WaterItemCodes.All));
            }
        }

        if (section is null || date is null)
        {
            var missing = new[] { section is null ? SectionColumn : null, date is null ? DateColumn : null }.OfType<string>();
            errors.Add(new WaterFileError(file, new FilePlace(file, 1, null), Catalogue.Monitoring.SamplesHeaderLacks(missing)));
            return null;
        }

        return new WaterSampleColumns(section.Value, date.Value, items);
    }
}
