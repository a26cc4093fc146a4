using Luoshi.Domain.Monitoring;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Monitoring;

/// <summary>A stations file: station (the code data files use), name, and optionally district, latitude, longitude and
/// sets (城区;全市). Each row is read on its own here; <see cref="SiteRules"/> checks rows against each other.</summary>
public static class StationsFile
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("station", "站点"), new("name", "名称"), new("district", "区县", Required: false), new("latitude", "纬度", Required: false),
        new("longitude", "经度", Required: false), new("sets", "集合", Required: false),
    ];

    private const int Station = 0, Name = 1, District = 2, Latitude = 3, Longitude = 4, Sets = 5;

    /// <summary>The current row as a station; its problems added.</summary>
    public static StationLine Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        var code = table.Line(Station, problems, TextRules.Code, Catalogue.Registers.NeedStation);
        var name = table.Line(Name, problems, TextRules.Name, Catalogue.Registers.NeedName);
        var district = table.Line(District, problems, TextRules.Name);
        var latitude = Degrees(table, Latitude, 90, problems);
        var longitude = Degrees(table, Longitude, 180, problems);
        var sets = SetNames.Parse(table.Line(Sets, problems, TextRules.Note));
        return new StationLine(new SiteLine(table.Number, code, sets), name, district, latitude, longitude);
    }

    private static double? Degrees(Table table, int column, int limit, ProblemList problems)
    {
        if (table[column].IsEmpty)
        {
            return null;
        }

        if (table.NumberAt(column) is { } n && Math.Abs(n) <= limit)
        {
            return (double)n;
        }

        problems.Add(table.Place(column), Catalogue.Registers.Coordinate(limit == 90, table.Text(column)));
        return null;
    }
}

/// <summary>One row of a stations file.</summary>
public sealed record StationLine(SiteLine Site, string Name, string District, double? Latitude, double? Longitude);
