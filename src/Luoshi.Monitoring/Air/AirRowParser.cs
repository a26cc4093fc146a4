using System.Globalization;
using Luoshi.Domain.Wording;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Air;

/// <summary>
/// Parses one CSV row of an air file into a <see cref="ParsedAirRow"/>, with every problem of the row named by line
/// and column. Used by one thread at a time (the caller's or the parsing thread): it remembers the last date and
/// station it saw, which most rows repeat.
/// </summary>
internal sealed class AirRowParser(AirColumns columns, AirReadOptions options, string file, StationNames stations)
{
    // Beijing Multi-Site gives CO in µg/m³; HJ 633-2012 Table 1 takes mg/m³.
    private const double MicrogramsPerMilligram = 1000;
    private const int CoValue = 3;

    // Value slots in the order their columns stand in the file, so a row's errors read left to right.
    private readonly RecentDate _dates = new();
    private readonly int[] _leftToRight = [.. Enumerable.Range(0, columns.Values.Length).OrderBy(i => columns.Values[i])];

    public ParsedAirRow Parse(SepReader.Row row)
    {
        var parsed = new ParsedAirRow { Line = row.LineNumberFrom };
        if (row.ColCount != columns.Count)
        {
            Fail(ref parsed, null, Catalogue.Monitoring.ColumnCount(columns.Count, row.ColCount));
            return parsed;
        }

        var station = Station(row, ref parsed);
        Time(row, ref parsed);
        Values(row, ref parsed);
        parsed.Station = parsed.Errors is null ? station : null;
        return parsed;
    }

    private string? Station(SepReader.Row row, ref ParsedAirRow parsed)
    {
        var name = row[columns.Station].Span;
        if (name.IsWhiteSpace())
        {
            Fail(ref parsed, columns.Station, Catalogue.Monitoring.NoStation);
            return null;
        }

        var interned = stations.Intern(name);
        if (interned is null)
        {
            Fail(ref parsed, columns.Station, Catalogue.Monitoring.UnknownStation(options.StationListName, name.ToString()));
        }

        return interned;
    }

    private void Time(SepReader.Row row, ref ParsedAirRow parsed)
    {
        if (columns.Layout == AirLayout.BeijingMultiSite)
        {
            PartsTime(row, ref parsed);
            return;
        }

        var text = row[columns.Time[0]].Span;
        var good = columns.Layout == AirLayout.Daily
            ? _dates.TryParseDate(text, out parsed.Date)
            : _dates.TryParseHour(text, out parsed.Date, out parsed.Hour);
        if (!good)
        {
            Fail(ref parsed, columns.Time[0], columns.Layout == AirLayout.Daily ? Catalogue.Monitoring.DailyDate(text.ToString()) : Catalogue.Monitoring.HourlyTime(text.ToString()));
        }
    }

    // Beijing Multi-Site: year, month, day and hour in four columns.
    private void PartsTime(SepReader.Row row, ref ParsedAirRow parsed)
    {
        var t = columns.Time;
        if (!Whole(row, t[0], out var year) | !Whole(row, t[1], out var month) | !Whole(row, t[2], out var day)
            | !Whole(row, t[3], out parsed.Hour) || parsed.Hour > 23 || !AirTimeText.TryDate(year, month, day, out parsed.Date))
        {
            var found = $"{row[t[0]].Span}-{row[t[1]].Span}-{row[t[2]].Span} hour {row[t[3]].Span}";
            var place = $"{columns.Names[t[0]]},{columns.Names[t[1]]},{columns.Names[t[2]]},{columns.Names[t[3]]}";
            (parsed.Errors ??= []).Add(new(new FilePlace(file, parsed.Line, place), Catalogue.Monitoring.DateAndHour(found)));
        }
    }

    private static bool Whole(SepReader.Row row, int column, out int value) =>
        int.TryParse(row[column].Span, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private void Values(SepReader.Row row, ref ParsedAirRow parsed)
    {
        var valueColumns = columns.Values;
        foreach (var i in _leftToRight)
        {
            var text = row[valueColumns[i]].Span;
            switch (ConcentrationText.Parse(text, out parsed.Values[i]))
            {
                case CellKind.Missing:
                    parsed.Missing |= 1 << i;
                    break;
                case CellKind.NotANumber:
                    Fail(ref parsed, valueColumns[i], Catalogue.Monitoring.Concentration(text.ToString()));
                    break;
                case CellKind.Negative:
                    Fail(ref parsed, valueColumns[i], Catalogue.Monitoring.NegativeConcentration(text.ToString()));
                    break;
            }
        }

        if (columns.Layout == AirLayout.BeijingMultiSite)
        {
            parsed.Values[CoValue] /= MicrogramsPerMilligram;
        }
    }

    private void Fail(ref ParsedAirRow parsed, int? column, Words message) =>
        (parsed.Errors ??= []).Add(new(new FilePlace(file, parsed.Line, column is { } c ? columns.Names[c] : null), message));
}
