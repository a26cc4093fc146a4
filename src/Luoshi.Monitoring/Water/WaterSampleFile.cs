using System.Globalization;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Water;

/// <summary>Reads a water-sample file: <c>section,date</c> then any item codes (<c>ph</c>, <c>do</c>, <c>nh3n</c>, …) as
/// columns, one sample a line, a blank field for an item not measured. Read line by line; every error is collected
/// (negative value, unparseable date or number, unknown section or column) and then no sample is returned.</summary>
public static class WaterSampleFile
{
    private const string DateFormat = "yyyy-MM-dd";

    // pH is a logarithm of an activity: outside 0–14 it is a typing mistake, not a sample.
    private const decimal MaxPh = 14m;

    /// <summary>Reads a sample file whose sections must all be among <paramref name="sections"/> and, when
    /// <paramref name="days"/> is given, whose samples are dated within it (a ledger takes no sample dated 2099).</summary>
    public static WaterFileResult<WaterSample> Read(string path, IReadOnlyCollection<WaterSection> sections, DayWindow? days = null) =>
        WaterCsv.Read(path, (text, file) => Read(text, file, sections, days));

    /// <summary>Reads samples from text; <paramref name="file"/> names it in errors.</summary>
    public static WaterFileResult<WaterSample> Read(TextReader text, string file, IReadOnlyCollection<WaterSection> sections, DayWindow? days = null)
    {
        using var reader = WaterCsv.Open(text);
        if (reader.Header.IsEmpty)
        {
            return WaterCsv.Failed<WaterSample>(new WaterFileError(
                file, new FilePlace(file, 1, null), Catalogue.Monitoring.EmptySamples));
        }

        var errors = new List<WaterFileError>();
        if (WaterSampleColumns.Of(reader.Header, file, errors) is not { } columns)
        {
            return WaterFileResult<WaterSample>.From([], errors);
        }

        // Looked up by span, so a million rows do not allocate a million copies of a dozen section codes.
        var known = sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var samples = new List<WaterSample>();
        var fieldCount = reader.Header.ColNames.Count;
        foreach (var row in reader)
        {
            if (WaterCsv.IsBlank(row))
            {
                continue;
            }

            if (row.ColCount != fieldCount)
            {
                errors.Add(WaterCsv.FieldCount(file, row, fieldCount));
                continue;
            }

            // After the first error the samples are of no use; only the errors are still gathered.
            if (new RowReading(row, file, errors).Sample(columns, known, days) is { } sample && errors.Count == 0)
            {
                samples.Add(sample);
            }
        }

        return WaterFileResult<WaterSample>.From(samples, errors);
    }

    /// <summary>One line of the file and the error list its mistakes go to.</summary>
    private readonly ref struct RowReading(SepReader.Row row, string file, List<WaterFileError> errors)
    {
        private readonly SepReader.Row _row = row;

        public WaterSample? Sample(WaterSampleColumns columns, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, DayWindow? days)
        {
            var before = errors.Count;
            var sectionText = _row[columns.Section].Span;
            string? section = null;
            if (sectionText.IsEmpty)
            {
                Error(WaterSampleColumns.SectionColumn, Catalogue.Monitoring.NoSectionCode);
            }
            else if (!known.TryGetValue(sectionText, out section))
            {
                Error(WaterSampleColumns.SectionColumn, Catalogue.Monitoring.UnknownSection(sectionText.ToString()));
            }

            var dateText = _row[columns.Date].Span;
            if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Error(WaterSampleColumns.DateColumn, Catalogue.Monitoring.SampleDate(dateText.ToString()));
            }
            else if (days is { } window && !window.Contains(date))
            {
                Error(WaterSampleColumns.DateColumn, Catalogue.Values.OutsideWindow(window, date));
            }

            var values = new Dictionary<WaterItem, decimal>(columns.Items.Count);
            foreach (var (index, item, name) in columns.Items)
            {
                if (Value(item, name, _row[index].Span) is { } value)
                {
                    values[item] = value;
                }
            }

            return errors.Count == before ? new WaterSample(section!, date, values) : null;
        }

        private decimal? Value(WaterItem item, string column, ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return null;
            }

            if (DetectionLimit.TryRead(text, out var belowLimit))
            {
                // Not detected: counted as half the detection limit, the evaluation rules' convention for means.
                return belowLimit / 2;
            }

            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Error(column, Catalogue.Monitoring.Measurement(text.ToString()));
                return null;
            }

            if (value < 0)
            {
                Error(column, Catalogue.Monitoring.NegativeValue(text.ToString()));
                return null;
            }

            if (item == WaterItem.Ph && value > MaxPh)
            {
                Error(column, Catalogue.Monitoring.PhRange(text.ToString()));
                return null;
            }

            return value;
        }

        private void Error(string column, Words message) =>
            errors.Add(new WaterFileError(file, new FilePlace(file, _row.LineNumberFrom, column), message));
    }
}
