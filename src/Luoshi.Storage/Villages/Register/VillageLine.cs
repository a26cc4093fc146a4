using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages.Files;

namespace Luoshi.Storage.Villages.Register;

/// <summary>One row of a village register file, read and checked on its own.</summary>
internal sealed record VillageLine(RegisterRow Row, string Code, string Name, string Town, int? Households, int? Population, bool Community)
{
    public static readonly RegisterColumn[] Columns =
    [
        new("code", "代码"),
        new("name", "村名"),
        new("town", "镇街"),
        new("households", "户数", Required: false),
        new("population", "人口", Required: false),
        new("type", "类型", Required: false),
    ];

    public static VillageLine? Read(RegisterRow row, RegisterProblems problems)
    {
        var c = row.Cells;
        var ok = Need(row, 0, Catalogue.Files.Expected(Catalogue.Villages.VillageCode), problems)
            & Need(row, 1, Catalogue.Files.Expected(Catalogue.Villages.VillageName), problems)
            & Need(row, 2, Catalogue.Files.Expected(Catalogue.Villages.VillageTown), problems);
        var households = Optional(row, 3, problems, ref ok);
        var population = Optional(row, 4, problems, ref ok);
        bool? community = c[5].Trim().ToLowerInvariant() switch
        {
            "" or "village" or "行政村" or "村" => false,
            "community" or "社区" => true,
            _ => null,
        };
        if (community is null)
        {
            problems.Add(row, 5, Catalogue.Files.ExpectedFound(Catalogue.Villages.VillageType, c[5]));
            ok = false;
        }

        return ok ? new VillageLine(row, c[0], c[1], c[2], households, population, community!.Value) : null;
    }

    private static bool Need(RegisterRow row, int column, Words message, RegisterProblems problems)
    {
        if (row.Cells[column].Length > 0)
        {
            return true;
        }

        problems.Add(row, column, message);
        return false;
    }

    private static int? Optional(RegisterRow row, int column, RegisterProblems problems, ref bool ok)
    {
        var text = row.Cells[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (FieldText.Count(text) is { } n)
        {
            return n;
        }

        problems.Add(row, column, Catalogue.Files.ExpectedFound(Catalogue.Files.ACount, text));
        ok = false;
        return null;
    }
}
